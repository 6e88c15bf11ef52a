/**
 * A trie over folded tokens: dictionary phrases are looked up token by token from a start
 * position, so one pass over an article finds every entry, whatever the dictionary's size
 * (no per-entry scanning).
 */
export class TokenTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  add(tokens: readonly string[], value: T): void {
    if (tokens.length === 0) return;
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

  /** Every entry that starts at `from`, longest first, as [end index (exclusive), values]. */
  matchesAt(tokens: readonly string[], from: number): [number, readonly T[]][] {
    const found: [number, readonly T[]][] = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let i = from; i < tokens.length; i++) {
      node = node.next.get(tokens[i]!);
      if (node === undefined) break;
      if (node.values.length > 0) found.push([i + 1, node.values]);
    }
    return found.reverse();
  }
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}
