// Likely duplicates among the names of the register, without comparing every pair. Each name is read
// once and goes into a few blocks (within its group, the entity type): the keys of its two rarest words
// (a surname rather than "Mohammed"), the key of its words written together, and its acronyms (where a
// short name meets only expansions). Only names sharing a block are compared. A block of very many
// entities is no evidence and is skipped; its pairs still meet through a rarer key. A pair whose words
// all differ in key (alike by spelling alone) is missed: transliteration variants share their keys.
import { compareNames, prepareName, wordKeys, type NameMatch, type PreparedName } from "@/lib/entities/name-similarity";

export type NamedEntity = { entityId: string; group: string; name: string };
export type DuplicatePair = NameMatch & { group: string; firstId: string; secondId: string; names: [string, string] };

const MAX_BLOCK = 50;
const WORD_KEYS = 2;

type Entry = { index: number; entityId: string; group: string; name: string; prepared: PreparedName };

/** The pair's key: the two ids in order, as the register's pair decisions store them. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/** The pairs to propose, best first. */
export function findDuplicatePairs(names: NamedEntity[]): DuplicatePair[] {
  // One name per entity and spelling: names that differ only by case, accents or particles compare alike.
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const named of names) {
    const prepared = prepareName(named.name);
    const spelling = `${named.group}\u0000${named.entityId}\u0000${prepared.words}\u0000${prepared.isCapitals}`;
    if (seen.has(spelling)) continue;
    seen.add(spelling);
    entries.push({ ...named, index: entries.length, prepared });
  }
  // How many entities use each word key: a name is blocked by its rarest words.
  const entitiesByWord = new Map<string, Set<string>>();
  for (const { group, entityId, prepared } of entries) {
    for (const key of wordKeys(prepared)) {
      const word = `${group}\u0000${key}`;
      entitiesByWord.set(word, (entitiesByWord.get(word) ?? new Set()).add(entityId));
    }
  }
  const blocks = new Map<string, Entry[]>();
  for (const entry of entries) {
    const words = wordKeys(entry.prepared)
      .map((key) => ({ key, count: entitiesByWord.get(`${entry.group}\u0000${key}`)?.size ?? 0 }))
      .sort((a, b) => a.count - b.count || a.key.localeCompare(b.key))
      .slice(0, WORD_KEYS)
      .map(({ key }) => `w:${key}`);
    const acronyms = entry.prepared.acronyms.map((acronym) => `a:${acronym}`);
    for (const key of [...words, `j:${entry.prepared.joinedKey}`, ...acronyms]) {
      const block = `${entry.group}\u0000${key}`;
      const members = blocks.get(block);
      if (members) members.push(entry);
      else blocks.set(block, [entry]);
    }
  }

  const best = new Map<string, DuplicatePair>();
  const compared = new Set<number>();
  const compare = (a: Entry, b: Entry) => {
    const key = pairKey(a.entityId, b.entityId);
    const aliasPair = Math.min(a.index, b.index) * entries.length + Math.max(a.index, b.index);
    if (a.entityId === b.entityId || compared.has(aliasPair)) return;
    compared.add(aliasPair);
    const match = compareNames(a.prepared, b.prepared);
    const [first, second] = a.entityId < b.entityId ? [a, b] : [b, a];
    if (match && match.score > (best.get(key)?.score ?? 0)) best.set(key, { group: a.group, firstId: first.entityId, secondId: second.entityId, names: [first.name, second.name], ...match });
  };
  for (const [block, members] of blocks) {
    // An acronym block pairs short names with expansions only.
    const [side, other] = block.includes("\u0000a:") ? [members.filter((m) => m.prepared.isShort), members.filter((m) => !m.prepared.isShort)] : [members, members];
    if (!side.length || !other.length || new Set([...side, ...other].map((member) => member.entityId)).size > MAX_BLOCK) continue;
    for (const a of side) for (const b of other) if (side !== other || a.index < b.index) compare(a, b);
  }
  return [...best.values()].sort((p, q) => q.score - p.score || p.names[0].localeCompare(q.names[0]) || p.firstId.localeCompare(q.firstId));
}
