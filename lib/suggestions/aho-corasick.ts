// A multi-pattern matcher (Aho–Corasick): every occurrence of every pattern in one pass over the text,
// whatever the number of patterns (tens of thousands of register aliases). Patterns are folded strings
// (lib/suggestions/fold-text.ts); each carries the values registered under it. Pure.

export type PatternMatch<T> = { start: number; end: number; values: readonly T[] };

export type Matcher<T> = {
  readonly size: number;
  /** Every occurrence, in order of end offset, including overlapping ones; `accept` filters them first. */
  findAll(text: string, accept?: (start: number, end: number) => boolean): PatternMatch<T>[];
};

const ROOT = 0;
// Node ids and UTF-16 code units share one numeric key in one Map: far lighter than a Map per node.
const edgeKey = (node: number, code: number) => node * 0x10000 + code;

export function buildMatcher<T>(entries: Iterable<{ key: string; value: T }>): Matcher<T> {
  const goto = new Map<number, number>();
  const firstChild: number[] = [-1];
  const nextSibling: number[] = [-1];
  const output: number[] = [-1];
  const depth: number[] = [0];
  const patterns: T[][] = [];
  const patternOf = new Map<string, number>();

  for (const { key, value } of entries) {
    if (!key) continue;
    const known = patternOf.get(key);
    if (known !== undefined) {
      patterns[known]?.push(value);
      continue;
    }
    let node = ROOT;
    for (let index = 0; index < key.length; index++) {
      const code = key.charCodeAt(index);
      let child = goto.get(edgeKey(node, code));
      if (child === undefined) {
        child = depth.length;
        goto.set(edgeKey(node, code), child);
        firstChild.push(-1);
        nextSibling.push(firstChild[node] as number);
        firstChild[node] = child;
        output.push(-1);
        depth.push(index + 1);
      }
      node = child;
    }
    patternOf.set(key, patterns.length);
    output[node] = patterns.length;
    patterns.push([value]);
  }

  // Failure links breadth first; `dictionary` jumps to the nearest proper suffix that ends a pattern.
  const failure = new Int32Array(depth.length);
  const dictionary = new Int32Array(depth.length).fill(-1);
  const codeOf = new Map<number, number>();
  for (const [edge, child] of goto) codeOf.set(child, edge % 0x10000);
  const queue: number[] = [];
  for (let child = firstChild[ROOT] as number; child !== -1; child = nextSibling[child] as number) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number;
    for (let child = firstChild[node] as number; child !== -1; child = nextSibling[child] as number) {
      const code = codeOf.get(child) as number;
      let fallback = failure[node] as number;
      let target = goto.get(edgeKey(fallback, code));
      while (target === undefined && fallback !== ROOT) {
        fallback = failure[fallback] as number;
        target = goto.get(edgeKey(fallback, code));
      }
      const link = target ?? ROOT;
      failure[child] = link;
      dictionary[child] = (output[link] as number) >= 0 ? link : (dictionary[link] as number);
      queue.push(child);
    }
  }

  return {
    size: patterns.length,
    findAll(text: string, accept?: (start: number, end: number) => boolean): PatternMatch<T>[] {
      const matches: PatternMatch<T>[] = [];
      let node = ROOT;
      for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        let next = goto.get(edgeKey(node, code));
        while (next === undefined && node !== ROOT) {
          node = failure[node] as number;
          next = goto.get(edgeKey(node, code));
        }
        node = next ?? ROOT;
        for (let hit = (output[node] as number) >= 0 ? node : (dictionary[node] as number); hit > 0; hit = dictionary[hit] as number) {
          const start = index + 1 - (depth[hit] as number);
          if (!accept || accept(start, index + 1)) matches.push({ start, end: index + 1, values: patterns[output[hit] as number] as T[] });
        }
      }
      return matches;
    },
  };
}
