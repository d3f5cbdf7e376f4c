// Finds every alias of the register (or of a gazetteer) in a text with one Aho–Corasick pass over the
// folded text: accent-, case- and apostrophe-insensitive, on word boundaries. An alias written with a
// capital only matches a capitalised word, an acronym only the same capitals ("FAR" is not "far").
import { buildMatcher, type Matcher } from "@/lib/suggestions/aho-corasick";
import { foldKey, isAtWordBoundaries, type FoldedText } from "@/lib/suggestions/fold-text";
import type { AliasTarget } from "@/lib/suggestions/types";

export type AliasEntry = AliasTarget & { alias: string };

type CaseRule = "any" | "capitalised" | "acronym";
type AliasValue = AliasTarget & { caseRule: CaseRule };

export type AliasIndex = {
  matchers: Matcher<AliasValue & { alias: string }>[];
  /** Targets by type and folded alias (`PERSON|nasser bourita`), to link a name the rules found. */
  byKey(key: string): AliasTarget[];
  /** People by folded last name(s) ("loudiyi" → Abdellatif Loudiyi), to link "M. Loudiyi". */
  bySurname(key: string): AliasTarget[];
};

export type AliasMatch = AliasTarget & { start: number; end: number; text: string };

const UPPER_INITIAL = /^\P{L}*\p{Lu}/u;

function caseRuleOf(alias: string): CaseRule {
  const letters = alias.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return "acronym";
  // "Nice" is not "nice"; a name of several words is rarely ambiguous, and often written in lower case
  // ("la direction générale de …").
  return UPPER_INITIAL.test(alias) && !/\s/.test(alias.trim()) ? "capitalised" : "any";
}

function obeysCase(rule: CaseRule, surface: string, alias: string): boolean {
  if (rule === "any") return true;
  if (rule === "capitalised") return UPPER_INITIAL.test(surface);
  return surface.replace(/[^\p{L}]/gu, "") === alias.replace(/[^\p{L}]/gu, "");
}

export function buildAliasIndex(entries: Iterable<AliasEntry>): AliasIndex {
  const byKey = new Map<string, AliasTarget[]>();
  const bySurname = new Map<string, AliasTarget[]>();
  const values: { key: string; value: AliasValue & { alias: string } }[] = [];
  const add = (map: Map<string, AliasTarget[]>, key: string, target: AliasTarget) => {
    const list = map.get(key);
    if (!list) map.set(key, [target]);
    else if (!list.some((known) => known.entityId === target.entityId && known.name === target.name && known.type === target.type)) list.push(target);
  };
  for (const entry of entries) {
    const key = foldKey(entry.alias);
    // One letter is never a name worth proposing.
    if (key.length < 2) continue;
    const target: AliasTarget = { entityId: entry.entityId, name: entry.name, type: entry.type };
    values.push({ key, value: { ...target, caseRule: caseRuleOf(entry.alias), alias: entry.alias } });
    add(byKey, `${entry.type}|${key}`, target);
    const words = key.split(" ");
    if (entry.type === "PERSON" && words.length >= 2) add(bySurname, words.slice(1).join(" "), target);
  }
  return { matchers: [buildMatcher(values)], byKey: (key) => byKey.get(key) ?? [], bySurname: (key) => bySurname.get(key) ?? [] };
}

/** Two indexes searched as one: a large one built rarely and a small one of the names added since. */
export function combineAliasIndexes(first: AliasIndex, second: AliasIndex): AliasIndex {
  return {
    matchers: [...first.matchers, ...second.matchers],
    byKey: (key) => [...first.byKey(key), ...second.byKey(key)],
    bySurname: (key) => [...first.bySurname(key), ...second.bySurname(key)],
  };
}

/** Every alias occurrence on word boundaries, mapped back to the original text's offsets. */
export function findAliases(original: string, folded: FoldedText, index: AliasIndex): AliasMatch[] {
  const found: AliasMatch[] = [];
  const onWords = (start: number, end: number) => isAtWordBoundaries(folded.text, start, end);
  for (const match of index.matchers.flatMap((matcher) => matcher.findAll(folded.text, onWords))) {
    const start = folded.starts[match.start] as number;
    const end = folded.ends[match.end - 1] as number;
    const text = original.slice(start, end);
    for (const value of match.values) {
      if (obeysCase(value.caseRule, text, value.alias)) found.push({ entityId: value.entityId, name: value.name, type: value.type, start, end, text });
    }
  }
  return found;
}

export function lookUpAlias(index: AliasIndex, type: string, form: string): AliasTarget[] {
  return index.byKey(`${type}|${foldKey(form)}`);
}
