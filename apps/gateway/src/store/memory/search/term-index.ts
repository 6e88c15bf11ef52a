import { fold, WORD } from "./text.js";

/** A field of the documents: how to read it, and how much a match in it weighs. */
export interface FieldSpec {
  read: (doc: number) => string;
  boost: number;
}

/**
 * One field's postings, laid out by term (CSR): the docs of term t are at offsets[t]…offsets[t+1],
 * each with its BM25+ term-frequency part, tf × (K + 1) / (tf + K × (1 − B + B × length / mean)) + δ,
 * computed once at build time, so a query multiplies by the term's weight and reads nothing else.
 */
interface FieldPostings {
  boost: number;
  offsets: Int32Array;
  docs: Int32Array;
  parts: Float32Array;
}

/**
 * Every document matching all the words of a query (in no particular order), with its BM25+ score.
 * `docs` and `scores` are views of buffers the index reuses at its next match: read them before
 * anything else can run (no `await` in between).
 */
export interface TermMatches {
  docs: Int32Array;
  scores: Float64Array;
  /** The (folded) query terms, all of which matched. */
  terms: string[];
}

// BM25+ parameters, MiniSearch's defaults (the engine used before), so rankings stay as they were.
const K = 1.2;
const B = 0.7;
const DELTA = 0.5;
const CHUNK = 500;
const MIN_TERM_LENGTH = 2;
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The distinct terms of a query: its folded words of two letters or more. */
export const queryTerms = (query: string): string[] =>
  [...new Set([...fold(query).matchAll(WORD)].map(([word]) => word).filter((word) => word.length >= MIN_TERM_LENGTH))];

/** Postings as they are found (term, document, frequency), in typed arrays that double when full. */
class PostingLog {
  length = 0;
  term = new Int32Array(1024);
  doc = new Int32Array(1024);
  frequency = new Uint16Array(1024);

  push(term: number, doc: number, frequency: number): void {
    if (this.length === this.term.length) {
      const grow = <A extends Int32Array | Uint16Array>(array: A): A => {
        const bigger = new (array.constructor as new (size: number) => A)(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      this.term = grow(this.term);
      this.doc = grow(this.doc);
      this.frequency = grow(this.frequency);
    }
    this.term[this.length] = term;
    this.doc[this.length] = doc;
    this.frequency[this.length++] = frequency;
  }
}

/**
 * An inverted index with BM25+ ranking over typed arrays. Written for this store, after measuring
 * the libraries on the 20,000-article bench corpus: MiniSearch (the engine before) scores every
 * match through per-document Maps and objects, 2.5 ms and heavy garbage per query on frequent
 * words, 500 MB and 15 s CPU to build; FlexSearch 0.8 queries in 0.03 ms but ranks by word
 * position buckets, returns no scores, and counts matches only by retrieving them all. Here
 * postings are flat arrays (8 bytes per document × distinct word), a query costs one pass
 * over the postings of its words, and accents and case are folded exactly as the highlighter does.
 */
export class TermIndex {
  private constructor(
    private readonly terms: ReadonlyMap<string, number>,
    private readonly fields: FieldPostings[],
    private readonly documentCount: number,
    /** Per document: how many query terms it has matched so far, and its score (reused by every query; queries are synchronous). */
    private readonly seen: Uint8Array,
    private readonly score: Float64Array,
    /** The documents the first term touched. */
    private readonly touched: Int32Array,
    /** What a match returns views of (a fresh pair of typed arrays per query, tens of kilobytes off the heap, cost more than the scoring). */
    private readonly found: { docs: Int32Array; scores: Float64Array },
  ) {}

  /** Indexes `count` documents (0…count-1), yielding to the event loop every few hundred so requests keep flowing. */
  static async build(count: number, fields: FieldSpec[]): Promise<TermIndex> {
    const terms = new Map<string, number>();
    const postings = fields.map(() => ({ log: new PostingLog(), lengths: new Uint32Array(count) }));
    const local = new Map<number, number>();
    for (let doc = 0; doc < count; doc++) {
      if (doc % CHUNK === CHUNK - 1) await yieldToRequests();
      fields.forEach((field, f) => {
        const target = postings[f]!;
        local.clear();
        let length = 0;
        for (const [word] of fold(field.read(doc)).matchAll(WORD)) {
          if (word.length < MIN_TERM_LENGTH) continue;
          length++;
          let id = terms.get(word);
          if (id === undefined) terms.set(word, (id = terms.size));
          local.set(id, (local.get(id) ?? 0) + 1);
        }
        target.lengths[doc] = length;
        for (const [id, frequency] of local) target.log.push(id, doc, Math.min(frequency, 0xffff));
      });
    }
    const laidOut = fields.map((field, f) => {
      const { log, lengths } = postings[f]!;
      const offsets = new Int32Array(terms.size + 1);
      for (let i = 0; i < log.length; i++) offsets[log.term[i]! + 1]!++;
      for (let t = 0; t < terms.size; t++) offsets[t + 1]! += offsets[t]!;
      const next = offsets.slice(0, terms.size);
      let total = 0;
      for (const value of lengths) total += value;
      const mean = count > 0 ? total / count || 1 : 1;
      const docs = new Int32Array(log.length);
      const parts = new Float32Array(log.length);
      for (let i = 0; i < log.length; i++) {
        const at = next[log.term[i]!]!++;
        const doc = log.doc[i]!;
        const frequency = log.frequency[i]!;
        docs[at] = doc;
        parts[at] = (frequency * (K + 1)) / (frequency + K * (1 - B + (B * lengths[doc]!) / mean)) + DELTA;
      }
      return { boost: field.boost, offsets, docs, parts };
    });
    return new TermIndex(terms, laidOut, count, new Uint8Array(count), new Float64Array(count), new Int32Array(count), { docs: new Int32Array(count), scores: new Float64Array(count) });
  }

  /** Documents with a posting for term `id` in any field. */
  private documentFrequency(id: number): number {
    return this.fields.reduce((sum, field) => sum + (field.offsets[id + 1]! - field.offsets[id]!), 0);
  }

  /** The terms found in at least `documents` postings (all fields together). */
  frequentTerms(documents: number): string[] {
    const found: string[] = [];
    for (const [term, id] of this.terms) if (this.documentFrequency(id) >= documents) found.push(term);
    return found;
  }

  /** Documents containing every term of `query` (folded words of 2 letters or more), scored with BM25+. */
  match(query: string): TermMatches {
    return this.matchTerms(queryTerms(query));
  }

  /** Documents containing every one of `terms` (see {@link queryTerms}), scored with BM25+; rarest term first. */
  matchTerms(terms: string[]): TermMatches {
    const ids = terms.map((term) => this.terms.get(term));
    const empty = { docs: new Int32Array(0), scores: new Float64Array(0), terms };
    if (terms.length === 0 || ids.some((id) => id === undefined)) return empty;
    const order = (ids as number[]).sort((a, b) => this.documentFrequency(a) - this.documentFrequency(b));
    const { seen, score, touched } = this;
    let touchedCount = 0;
    for (let step = 0; step < order.length; step++) {
      const id = order[step]!;
      for (const field of this.fields) {
        const from = field.offsets[id]!;
        const to = field.offsets[id + 1]!;
        const matching = to - from;
        if (matching === 0) continue;
        const weight = field.boost * Math.log(1 + (this.documentCount - matching + 0.5) / (matching + 0.5));
        for (let i = from; i < to; i++) {
          const doc = field.docs[i]!;
          const count = seen[doc]!;
          if (count < step || count > step + 1) continue;
          if (step === 0 && count === 0) touched[touchedCount++] = doc;
          seen[doc] = step + 1;
          score[doc]! += weight * field.parts[i]!;
        }
      }
    }
    const { docs, scores } = this.found;
    let found = 0;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      if (seen[doc] === order.length) {
        docs[found] = doc;
        scores[found++] = score[doc]! * terms.length;
      }
      seen[doc] = 0;
      score[doc] = 0;
    }
    return { docs: docs.subarray(0, found), scores: scores.subarray(0, found), terms };
  }
}
