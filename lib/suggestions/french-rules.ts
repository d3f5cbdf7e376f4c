// Entities found by French rules, without the register: people by their title or role ("le général X",
// "M. X", "le ministre …, X,", "X, directeur général …"), organisations by their head noun and its
// complement ("Direction générale de …", "ministère de l'Intérieur", "Forces armées royales"), and the
// people's names again wherever the article repeats them, last name alone included. Pure.
import type { AliasIndex } from "@/lib/suggestions/alias-index";
import { lookUpAlias } from "@/lib/suggestions/alias-index";
import { EVENT_TYPE } from "@/lib/suggestions/gazetteer";
import {
  articles,
  complementStopWords,
  connectors,
  determiners,
  lowercaseOrganisationHeads,
  nameHonorifics,
  nameParticles,
  organisationHeads,
  personTitles,
  phraseAt,
  pluralTitles,
  roleHeads,
  sentenceStarters,
  titleModifiers,
} from "@/lib/suggestions/lexicon";
import { endsSentence, type Token } from "@/lib/suggestions/tokenize";

export type RuleFinding = { start: number; end: number; type: "PERSON" | "ORG"; name: string; confidence: number };

type Run = { from: number; to: number };

const ROMAN_NUMERAL = /^[IVX]+$/;
const MAX_ROLE_TOKENS = 30;
const MAX_COMPLEMENT_TOKENS = 12;

export function findByFrenchRules(text: string, tokens: Token[], gazetteer: AliasIndex): RuleFinding[] {
  const keys = tokens.map((token) => token.key);
  const findings: RuleFinding[] = [];
  const isKnownNonPerson = (run: Run) => {
    const form = text.slice((tokens[run.from] as Token).start, (tokens[run.to] as Token).end);
    return ["LOCATION", "ORG", EVENT_TYPE].some((type) => lookUpAlias(gazetteer, type, form).length > 0) || phraseAt(keys, run.from, organisationHeads) !== undefined;
  };
  const person = (run: Run, confidence: number) => {
    if (isKnownNonPerson(run)) return;
    const start = (tokens[run.from] as Token).start;
    const end = (tokens[run.to] as Token).end;
    findings.push({ start, end, type: "PERSON", name: text.slice(start, end), confidence });
  };

  for (let index = 0; index < tokens.length; index++) {
    const role = phraseAt(keys, index, roleHeads);
    const title = role ?? (isTitle(tokens, index) ? [keys[index] as string] : undefined);
    if (title) {
      const after = index + title.length;
      // "le général Régis Colcombet", "M. Esper", "les princesses Lalla Meryem, Lalla Asmae et Lalla Hasnaa"
      for (const run of namesAfterTitle(tokens, keys, after, pluralTitles.has(keys[index] as string))) person(run, 0.85);
      // "le ministre français de l'Intérieur, Gérald Darmanin, …"
      const apposed = nameAfterRolePhrase(tokens, keys, after);
      if (apposed) person(apposed, 0.8);
    }
    // "Abdellatif Hammouchi, directeur général de …"
    const run = nameRunAt(tokens, keys, index);
    if (run && run.to > run.from && isRoleAfter(tokens, keys, run.to + 1)) person(run, 0.8);
    const organisation = organisationAt(tokens, keys, index);
    if (organisation) {
      const start = (tokens[index] as Token).start;
      const end = (tokens[organisation.to] as Token).end;
      findings.push({ start, end, type: "ORG", name: text.slice(start, end).replace(/\s+/g, " "), confidence: 0.7 });
    }
  }
  return findings;
}

function isTitle(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (!personTitles.has(token.key)) return false;
  // "M" and "Mme" are titles only written with their capital: "m" is a metre.
  if (token.key.length <= 3 && !token.capitalised) return false;
  return true;
}

function isNameToken(token: Token | undefined, first: boolean): boolean {
  if (!token || token.kind !== "word" || !token.capitalised) return false;
  if (sentenceStarters.has(token.key) || personTitles.has(token.key)) return false;
  if (ROMAN_NUMERAL.test(token.text)) return !first;
  return !token.acronym;
}

/** The longest run of capitalised name words starting at `index` ("Belkhir El Farouk", "Mohammed VI"). */
function nameRunAt(tokens: Token[], keys: string[], index: number): Run | null {
  if (!isNameToken(tokens[index], true)) return null;
  let to = index;
  for (let next = index + 1; next < tokens.length; next++) {
    const token = tokens[next] as Token;
    if (token.newlineBefore) break;
    if (isNameToken(token, false)) {
      to = next;
      continue;
    }
    // "Ould", "ben", "el" between two name words
    if (nameParticles.has(keys[next] as string) && isNameToken(tokens[next + 1], false)) continue;
    break;
  }
  return { from: index, to };
}

function skipModifiers(keys: string[], index: number): number {
  let at = index;
  for (let count = 0; count < 3; count++) {
    const modifier = phraseAt(keys, at, titleModifiers);
    if (!modifier) break;
    at += modifier.length;
  }
  return at;
}

function namesAfterTitle(tokens: Token[], keys: string[], after: number, plural: boolean): Run[] {
  let at = skipModifiers(keys, after);
  if (tokens[at]?.text === ".") at++;
  const runs: Run[] = [];
  for (let run = nameRunAt(tokens, keys, at); run; ) {
    runs.push(run);
    if (!plural) break;
    const joiner = tokens[run.to + 1];
    if (!joiner || (joiner.text !== "," && joiner.key !== "et")) break;
    run = nameRunAt(tokens, keys, run.to + 2);
  }
  // A single word after a title is a last name ("le général Colcombet"); honorifics alone are not names.
  return runs.filter((run) => run.to > run.from || !nameHonorifics.has(keys[run.from] as string));
}

function nameAfterRolePhrase(tokens: Token[], keys: string[], after: number): Run | null {
  let commas = 0;
  for (let index = after; index < Math.min(tokens.length, after + MAX_ROLE_TOKENS); index++) {
    const token = tokens[index] as Token;
    if (endsSentence(token) || token.newlineBefore || token.text === "«" || token.text === "(") return null;
    if (token.text !== ",") continue;
    if (++commas > 3) return null;
    const run = nameRunAt(tokens, keys, index + 1);
    if (!run) continue;
    const next = tokens[run.to + 1];
    const closes = !next || next.newlineBefore || (next.kind === "punct" && next.text !== "«" && next.text !== "(") || next.key === "et";
    return run.to > run.from && closes ? run : null;
  }
  return null;
}

function isRoleAfter(tokens: Token[], keys: string[], index: number): boolean {
  if (tokens[index]?.text !== ",") return false;
  let at = index + 1;
  if (determiners.has(keys[at] as string)) at++;
  at = skipModifiers(keys, at);
  return phraseAt(keys, at, roleHeads) !== undefined || personTitles.has(keys[at] as string);
}

/** Where the text names a role ("chef d'état-major", "secrétaire d'État"): its words name no organisation. */
export function roleSpans(tokens: Token[]): { start: number; end: number }[] {
  const keys = tokens.map((token) => token.key);
  const spans: { start: number; end: number }[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const role = phraseAt(keys, index, roleHeads);
    if (role && role.length > 1) spans.push({ start: (tokens[index] as Token).start, end: (tokens[index + role.length - 1] as Token).end });
  }
  return spans;
}

/** True when the word at `index` belongs to a role ("chef d'état-major" is a person's title). */
function isInsideRole(keys: string[], index: number): boolean {
  for (let back = 1; back <= 3; back++) {
    const role = phraseAt(keys, index - back, roleHeads);
    if (role && role.length > back) return true;
  }
  return false;
}

/** An organisation whose head noun is at `index`, with its complement, or null. */
function organisationAt(tokens: Token[], keys: string[], index: number): { to: number } | null {
  const head = phraseAt(keys, index, organisationHeads);
  const token = tokens[index] as Token;
  if (!head || !(token.capitalised || lowercaseOrganisationHeads.has(token.key))) return null;
  // "la Direction …", "du ministère …": a name, not "Marine Le Pen"; and not a role ("chef d'état-major").
  if (!determiners.has(keys[index - 1] ?? "") || isInsideRole(keys, index)) return null;
  let to = index + head.length - 1;
  let sawCapital = false;
  let end = -1;
  for (let at = to + 1; at < Math.min(tokens.length, index + MAX_COMPLEMENT_TOKENS); ) {
    const current = tokens[at] as Token;
    if (current.kind !== "word" || current.newlineBefore) break;
    const key = current.key;
    if (connectors.has(key) || (key === "et" && connectors.has(keys[at + 1] ?? ""))) {
      // "de la surveillance", "et de défense", "des Affaires": the word after the connector decides.
      let word = at + (key === "et" ? 2 : 1);
      if (articles.has(keys[word] ?? "")) word++;
      const next = tokens[word];
      if (!next || next.kind !== "word" || next.newlineBefore || complementStopWords.has(next.key)) break;
      // After a capitalised word, only capitalised complements: "Front Polisario", not "… d'opposition".
      if (sawCapital && !next.capitalised) break;
      sawCapital ||= next.capitalised;
      end = word;
      at = word + 1;
      continue;
    }
    if (complementStopWords.has(key) || articles.has(key) || key === "et") break;
    sawCapital ||= current.capitalised;
    end = at;
    at++;
  }
  if (end === -1) return null;
  to = end;
  // A head written in lower case ("ministère", "ambassade") names an institution only with a proper noun.
  if (!token.capitalised && !tokens.slice(index + 1, to + 1).some((word) => word.capitalised)) return null;
  return { to };
}
