// Likely duplicates among the names of the register, without comparing every pair: each name goes into
// the blocks of its keys (name-similarity.ts), only entities sharing a block (within one group, the
// entity type) are compared, and only on their names. A block holding very many entities (a word as
// common as "Mohammed") is no evidence and is skipped: its pairs are still found through a rarer word.
import { blockingKeys, compareNames, type NameMatch } from "@/lib/entities/name-similarity";

export type NamedEntity = { entityId: string; group: string; name: string };
export type DuplicatePair = NameMatch & { firstId: string; secondId: string; names: [string, string] };

const MAX_BLOCK = 100;

/** The pair's key: the two ids in order, as the register's pair decisions store them. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/** The pairs to propose, best first; `decided` holds the pairKeys a person already decided. */
export function findDuplicatePairs(names: NamedEntity[], decided: ReadonlySet<string>): DuplicatePair[] {
  const namesOf = new Map<string, string[]>();
  const blocks = new Map<string, Set<string>>();
  for (const { entityId, group, name } of names) {
    namesOf.set(entityId, [...(namesOf.get(entityId) ?? []), name]);
    for (const key of blockingKeys(name)) {
      const block = `${group}\u0000${key}`;
      blocks.set(block, (blocks.get(block) ?? new Set()).add(entityId));
    }
  }
  const compared = new Set<string>();
  const pairs: DuplicatePair[] = [];
  for (const block of blocks.values()) {
    if (block.size < 2 || block.size > MAX_BLOCK) continue;
    const members = [...block].sort();
    for (const [i, firstId] of members.entries()) {
      for (const secondId of members.slice(i + 1)) {
        const key = pairKey(firstId, secondId);
        if (compared.has(key) || decided.has(key)) continue;
        compared.add(key);
        const best = bestMatch(namesOf.get(firstId) ?? [], namesOf.get(secondId) ?? []);
        if (best) pairs.push({ firstId, secondId, ...best });
      }
    }
  }
  return pairs.sort((p, q) => q.score - p.score || p.names[0].localeCompare(q.names[0]) || p.firstId.localeCompare(q.firstId));
}

function bestMatch(first: string[], second: string[]): (NameMatch & { names: [string, string] }) | null {
  let best: (NameMatch & { names: [string, string] }) | null = null;
  for (const a of first) {
    for (const b of second) {
      const match = compareNames(a, b);
      if (match && (!best || match.score > best.score)) best = { ...match, names: [a, b] };
    }
  }
  return best;
}
