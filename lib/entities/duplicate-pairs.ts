// Likely duplicates among the names of the register, without comparing every pair. Each name is read
// once and goes into a few blocks (within its group, the entity type): the keys of its two rarest words
// (a surname rather than "Mohammed"), the key of its words written together, and its acronyms (where a
// short name meets only expansions). Only names sharing a block are compared, once, in the first block
// they share. A block of very many entities is no evidence and is skipped; its pairs still meet
// through a rarer key. A pair whose words all differ in key (alike by spelling alone) is missed:
// transliteration variants share their keys.
import { compareNames, prepareName, wordKeys, type NameMatch, type PreparedName } from "@/lib/entities/name-similarity";

export type NamedEntity = { entityId: string; group: string; name: string };
export type DuplicatePair = NameMatch & { group: string; firstId: string; secondId: string; names: [string, string] };

const MAX_BLOCK = 50;
const WORD_KEYS = 2;

// `blocks`: the blocks of the name in order; a pair is compared in the first usable one both are in.
type Entry = NamedEntity & { prepared: PreparedName; blocks: string[] };

/** The pair's key: the two ids in order, as the register's pair decisions store them. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/** The pairs to propose, best first. */
export function findDuplicatePairs(names: NamedEntity[]): DuplicatePair[] {
  const entries = readNames(names);
  const members = new Map<string, Entry[]>();
  for (const entry of entries) {
    for (const block of entry.blocks) {
      const list = members.get(block);
      if (list) list.push(entry);
      else members.set(block, [entry]);
    }
  }
  const usable = new Set([...members].filter(([block, list]) => isUsable(block, list)).map(([block]) => block));
  for (const entry of entries) entry.blocks = entry.blocks.filter((block) => usable.has(block));

  const best = new Map<string, DuplicatePair>();
  for (const block of usable) {
    const list = members.get(block) as Entry[];
    // An acronym block pairs short names with expansions only.
    const [side, other] = isAcronymBlock(block) ? [list.filter((entry) => entry.prepared.isShort), list.filter((entry) => !entry.prepared.isShort)] : [list, list];
    for (const [i, a] of side.entries()) {
      for (const b of side === other ? other.slice(i + 1) : other) {
        if (a.entityId === b.entityId || firstSharedBlock(a, b) !== block) continue;
        const match = compareNames(a.prepared, b.prepared);
        if (!match) continue;
        const key = pairKey(a.entityId, b.entityId);
        const [first, second] = a.entityId < b.entityId ? [a, b] : [b, a];
        if (match.score > (best.get(key)?.score ?? 0)) best.set(key, { group: a.group, firstId: first.entityId, secondId: second.entityId, names: [first.name, second.name], ...match });
      }
    }
  }
  return [...best.values()].sort((p, q) => q.score - p.score || p.names[0].localeCompare(q.names[0]) || p.firstId.localeCompare(q.firstId));
}

// Each name with its blocks; one per entity and spelling (names that differ only by case, accents or
// particles compare alike).
function readNames(names: NamedEntity[]): Entry[] {
  const spellings = new Map<string, string[]>();
  const entries: (Entry & { words: string[] })[] = [];
  for (const { entityId, group, name } of names) {
    const prepared = prepareName(name);
    const spelling = `${prepared.words}${prepared.isCapitals ? " (capitals)" : ""}`;
    const known = spellings.get(entityId) ?? spellings.set(entityId, []).get(entityId)!;
    if (known.includes(spelling)) continue;
    known.push(spelling);
    entries.push({ entityId, group, name, prepared, words: wordKeys(prepared), blocks: [] });
  }
  // How many entities use each word key, per group: a name is blocked by its rarest words.
  const entitiesByWord = new Map<string, Map<string, Set<string>>>();
  for (const { group, entityId, words } of entries) {
    const ofGroup = entitiesByWord.get(group) ?? entitiesByWord.set(group, new Map()).get(group)!;
    for (const key of words) (ofGroup.get(key) ?? ofGroup.set(key, new Set()).get(key)!).add(entityId);
  }
  for (const entry of entries) {
    const ofGroup = entitiesByWord.get(entry.group);
    const rarest = entry.words
      .map((key) => ({ key, count: ofGroup?.get(key)?.size ?? 0 }))
      .sort((a, b) => a.count - b.count || (a.key < b.key ? -1 : 1))
      .slice(0, WORD_KEYS)
      .map(({ key }) => `w:${key}`);
    entry.blocks = [...rarest, `j:${entry.prepared.joinedKey}`, ...entry.prepared.acronyms.map((acronym) => `a:${acronym}`)].map((key) => `${entry.group}\u0000${key}`);
  }
  return entries;
}

function isAcronymBlock(block: string): boolean {
  return block.includes("\u0000a:");
}

function isUsable(block: string, list: Entry[]): boolean {
  if (list.length < 2) return false;
  if (isAcronymBlock(block) && (list.every((entry) => entry.prepared.isShort) || !list.some((entry) => entry.prepared.isShort))) return false;
  return list.length <= MAX_BLOCK || new Set(list.map((entry) => entry.entityId)).size <= MAX_BLOCK;
}

function firstSharedBlock(a: Entry, b: Entry): string | undefined {
  return a.blocks.find((block) => b.blocks.includes(block) && (!isAcronymBlock(block) || a.prepared.isShort !== b.prepared.isShort));
}
