// The suggestions for one text, from every recommender, combined: register aliases, gazetteers and
// French rules for entities (overlaps resolved longest first, names repeated in the article found
// again, acronyms in parentheses tied to what they abbreviate, rejected forms left out), dates, and
// themes. Pure: the app, `npm run suggest` and the tests call it with the register they loaded.
import type { DateReference } from "@/lib/annotations/dates/resolve-date-expression";
import { findAliases, lookUpAlias, type AliasIndex, type AliasMatch } from "@/lib/suggestions/alias-index";
import { findDates } from "@/lib/suggestions/find-dates";
import { findThemes, trainThemeModel, type ThemeModel } from "@/lib/suggestions/find-themes";
import { foldKey, foldText } from "@/lib/suggestions/fold-text";
import { findByFrenchRules, roleSpans } from "@/lib/suggestions/french-rules";
import { EVENT_TYPE, getGazetteer } from "@/lib/suggestions/gazetteer";
import { notOrganisations } from "@/lib/suggestions/lexicon";
import { tokenize, type Token } from "@/lib/suggestions/tokenize";
import { rejectionKey, type EntitySuggestion, type Recommender, type Rejections, type Suggestions } from "@/lib/suggestions/types";

export type SuggestInput = {
  text: string;
  language?: string | null;
  /** The article's publication date: dates without a year or relative ones are read against it. */
  reference?: DateReference | null;
  register?: AliasIndex | null;
  rejections?: Rejections;
  themeModel?: ThemeModel | null;
  /** The taxonomy's live slugs; themes outside it are not proposed. */
  themeSlugs?: ReadonlySet<string>;
};

type Candidate = EntitySuggestion & { priority: number };

// On the same span, what wins: a name read from its context, then the register, then gazetteers.
const PRIORITY: Record<string, number> = { "rules:PERSON": 0, register: 1, gazetteer: 2, rules: 3 };
const CONFIDENCE = { register: 0.9, gazetteer: 0.8, repeated: 0.75, acronym: 0.7, bareAcronym: 0.55, lone: 0.5 };

export function suggest(input: SuggestInput): Suggestions {
  const { text } = input;
  const language = input.language ?? undefined;
  const folded = foldText(text);
  const tokens = tokenize(text);
  const gazetteer = getGazetteer();

  const candidates: Candidate[] = [
    ...(input.register ? findAliases(text, folded, input.register).map((match) => fromMatch(match, "register", CONFIDENCE.register)) : []),
    ...findAliases(text, folded, gazetteer).map((match) => fromMatch(match, "gazetteer", CONFIDENCE.gazetteer)),
    ...findByFrenchRules(text, tokens, gazetteer).map((finding) => candidate({ ...finding, text: text.slice(finding.start, finding.end), entityId: null, recommender: "rules" })),
  ];
  // A title's words are not an organisation's name ("le chef d'État-Major des armées").
  const roles = roleSpans(tokens);
  const first = resolveOverlaps(candidates.filter((found) => found.type !== "ORG" || !roles.some((role) => role.start < found.start && found.start < role.end)));
  const withAcronyms = resolveOverlaps([...first, ...findAcronyms(text, tokens, first)]);
  const names = namesOf(resolveOverlaps(withAcronyms));
  const entities = resolveOverlaps([...withAcronyms, ...findRepeatedNames(text, folded, names)])
    .filter((found) => found.type !== EVENT_TYPE)
    .map((found) => fullNameOf(found, names))
    .map((found) => link(found, input.register ?? null))
    .filter((found) => !isRejected(found, input.rejections))
    .map(({ priority: _priority, ...found }) => found);

  const model = input.themeModel ?? trainThemeModel([]);
  return {
    entities,
    dates: findDates(text, tokens, input.reference ?? null, language),
    themes: findThemes(text, folded, model, input.themeSlugs),
  };
}

function candidate(found: EntitySuggestion): Candidate {
  const priority = PRIORITY[`${found.recommender}:${found.type}`] ?? PRIORITY[found.recommender] ?? 3;
  return { ...found, priority };
}

function fromMatch(match: AliasMatch, recommender: Recommender, confidence: number): Candidate {
  return candidate({ ...match, recommender, confidence });
}

/** Longest first; on the same span the higher priority keeps its type and the register its entity. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const kept: Candidate[] = [];
  const taken: [number, number][] = [];
  for (const found of ordered) {
    const same = kept.find((other) => other.start === found.start && other.end === found.end);
    if (same) {
      if (!same.entityId && found.entityId && found.type === same.type) Object.assign(same, { entityId: found.entityId, name: found.name });
      continue;
    }
    if (taken.some(([start, end]) => found.start < end && start < found.end)) continue;
    kept.push({ ...found });
    taken.push([found.start, found.end]);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * "(DGST)" after "Direction générale de la surveillance du territoire" names the same organisation;
 * an acronym in parentheses after anything else is an organisation of its own, unless an event or a
 * name already claims it. An acronym of three letters or more elsewhere in running text ("des FAR")
 * is proposed as an organisation with a low confidence, unless it is a common abbreviation.
 */
function findAcronyms(text: string, tokens: Token[], found: Candidate[]): Candidate[] {
  const acronyms: Candidate[] = [];
  // Those the article explains in parentheses are found again later, with their expansion's name.
  const explained = new Set(tokens.filter((token, index) => token.acronym && tokens[index - 1]?.text === "(").map((token) => token.text));
  for (let index = 1; index + 1 < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (!token.acronym || /^[IVX]+$/.test(token.text) || notOrganisations.has(token.text)) continue;
    const inParentheses = tokens[index - 1]?.text === "(" && tokens[index + 1]?.text === ")";
    // In parentheses the whole acronym wins over names found inside it ("DGSN" in "(DGSN-DGST)").
    const overlapping = found.filter((other) => other.start < token.end && token.start < other.end);
    if (overlapping.some((other) => !inParentheses || other.start < token.start || other.end > token.end || other.end - other.start === token.end - token.start)) continue;
    if (!inParentheses) {
      const neighbours = [tokens[index - 1], tokens[index + 1]].filter((other): other is Token => other?.kind === "word");
      if (!explained.has(token.text) && token.text.replace(/[^\p{L}]/gu, "").length >= 3 && neighbours.some((other) => !other.acronym)) {
        acronyms.push(candidate({ start: token.start, end: token.end, text: token.text, type: "ORG", name: token.text, entityId: null, recommender: "rules", confidence: CONFIDENCE.lone }));
      }
      continue;
    }
    const opening = tokens[index - 1] as Token;
    const expansion = found.find((other) => other.end <= opening.start && text.slice(other.end, opening.start).trim() === "");
    if (expansion?.type === EVENT_TYPE || expansion?.type === "PERSON") continue;
    const linked = expansion && expansion.type === "ORG";
    acronyms.push(
      candidate({
        start: token.start,
        end: token.end,
        text: token.text,
        type: "ORG",
        name: linked ? expansion.name : token.text,
        entityId: linked ? expansion.entityId : null,
        recommender: "rules",
        confidence: linked ? CONFIDENCE.acronym : CONFIDENCE.bareAcronym,
      }),
    );
  }
  return acronyms;
}

/**
 * The names the article gives, by folded form: a person's full name and last name ("Gérald Darmanin",
 * "Darmanin"; a last name two people share maps to null), a single name after a title ("M. Esper"),
 * and acronyms the rules found.
 */
function namesOf(found: Candidate[]): Map<string, Candidate | null> {
  const forms = new Map<string, Candidate | null>();
  const remember = (form: string, source: Candidate) => {
    const key = foldKey(form);
    if (key.length < 3) return;
    const known = forms.get(key);
    forms.set(key, known === undefined || known?.name === source.name ? source : null);
  };
  // Full names first: a last name alone ("M. Bourita") then joins the full name it belongs to.
  const byLength = [...found].sort((a, b) => b.text.length - a.text.length);
  for (const source of byLength) {
    if (source.type === "PERSON" && !/\s/.test(source.text.trim()) && forms.has(foldKey(source.text))) continue;
    if (source.type === "PERSON") {
      remember(source.text, source);
      const words = source.text.split(/\s+/);
      const honorific = /^(lalla|moulay|sidi)$/i.test(words[0] ?? "");
      if (words.length >= 2 && !honorific && !/^[IVX]+$/.test(words.at(-1) ?? "")) remember(words.slice(1).join(" "), source);
    } else if (source.type === "ORG" && source.recommender === "rules" && source.confidence > CONFIDENCE.lone && /^\p{Lu}[\p{Lu}-]+$/u.test(source.text)) {
      remember(source.text, source);
    }
  }
  return forms;
}

/** The article's names, found again wherever it repeats them. */
function findRepeatedNames(text: string, folded: ReturnType<typeof foldText>, forms: Map<string, Candidate | null>): Candidate[] {
  const repeated: Candidate[] = [];
  for (const [key, source] of forms) {
    if (!source) continue;
    for (let at = folded.text.indexOf(key); at !== -1; at = folded.text.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (/[\p{L}\p{N}]/u.test(folded.text[at - 1] ?? "") || /[\p{L}\p{N}]/u.test(folded.text[end] ?? "")) continue;
      const start = folded.starts[at] as number;
      const stop = folded.ends[end - 1] as number;
      const surface = text.slice(start, stop);
      if (!/^\p{Lu}/u.test(surface)) continue;
      repeated.push(candidate({ start, end: stop, text: surface, type: source.type, name: source.name, entityId: source.entityId, recommender: source.recommender, confidence: CONFIDENCE.repeated }));
    }
  }
  return repeated;
}

/** "Colcombet" after "le général Régis Colcombet" is Régis Colcombet. */
function fullNameOf(found: Candidate, names: Map<string, Candidate | null>): Candidate {
  if (found.type !== "PERSON" || /\s/.test(found.name.trim())) return found;
  const full = names.get(foldKey(found.name));
  if (!full || full.type !== "PERSON" || !/\s/.test(full.name.trim())) return found;
  return { ...found, name: full.name, entityId: found.entityId ?? full.entityId };
}

/** A name the rules or a gazetteer found is the register's entity when the register knows it. */
function link(found: Candidate, register: AliasIndex | null): Candidate {
  if (found.entityId || !register) return found;
  const known = [...lookUpAlias(register, found.type, found.text), ...lookUpAlias(register, found.type, found.name)];
  const bySurname = found.type === "PERSON" && !/\s/.test(found.name.trim()) ? register.bySurname(foldKey(found.name)) : [];
  const targets = known.length ? known : bySurname;
  const entityIds = new Set(targets.map((target) => target.entityId));
  const target = targets[0];
  if (!target || entityIds.size !== 1) return found;
  return { ...found, entityId: target.entityId, name: target.name };
}

function isRejected(found: Candidate, rejections: Rejections | undefined): boolean {
  if (!rejections?.size) return false;
  const form = foldKey(found.text);
  return rejections.has(rejectionKey(found.type, form)) || (found.entityId !== null && rejections.has(rejectionKey(found.entityId, form)));
}
