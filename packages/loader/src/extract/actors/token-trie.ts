/**
 * A trie over folded tokens: dictionary phrases are looked up token by token from a start
 * position, so one pass over an article finds every entry, whatever the dictionary's size
 * (no per-entry scanning).
 */
export class TokenTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  add(tokens: readonly string[], value: T): void {
    if (tokens.length === 0) return;
    this.firstTokens[sketch(tokens[0]!)] = 1;
    let node = this.root;
    for (const token of tokens) {
      let child = node.next.get(token);
      if (child === undefined) {
        child = { next: new Map(), values: [] };
        node.next.set(token, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /**
   * Offers the entries starting at `from` to `accept`, longest first, until it takes one;
   * returns [end index (exclusive), the values accepted] or undefined. Allocates nothing on a miss.
   */
  longest<R>(tokens: readonly string[], from: number, accept: (end: number, values: readonly T[]) => R | undefined): R | undefined {
    if (this.firstTokens[sketch(tokens[from]!)] === 0) return undefined;
    let node = this.root.next.get(tokens[from]!);
    let depth = 0;
    while (node !== undefined) {
      this.path[depth++] = node;
      const i = from + depth;
      node = i < tokens.length ? node.next.get(tokens[i]!) : undefined;
    }
    for (let d = depth; d > 0; d--) {
      const values = this.path[d - 1]!.values;
      if (values.length === 0) continue;
      const accepted = accept(from + d, values);
      if (accepted !== undefined) return accepted;
    }
    return undefined;
  }

  private readonly path: TrieNode<T>[] = [];
  /** Which sketches (see `sketch`) some first token has: most words of a text are ruled out without hashing them. */
  private readonly firstTokens = new Uint8Array(1 << 16);
}

/** A cheap 16-bit summary of a token (length, first, second and last characters), equal for equal tokens. */
function sketch(token: string): number {
  const n = token.length;
  return ((Math.min(n, 15) << 12) ^ (token.charCodeAt(0) << 6) ^ (token.charCodeAt(n - 1) * 31) ^ (n > 1 ? token.charCodeAt(1) * 7 : 0)) & 0xffff;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}
