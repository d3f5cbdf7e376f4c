// The gazetteers as one alias index, built once per process: places (countries in French, capitals and
// major cities, regions), organisations known by a fixed name, and event names (matched only so that
// "Coupe d'Afrique" is not read as Africa, never proposed). Data in lib/suggestions/data/*.json.
import { buildAliasIndex, type AliasEntry, type AliasIndex } from "@/lib/suggestions/alias-index";
import events from "@/lib/suggestions/data/events.json";
import organisations from "@/lib/suggestions/data/organisations.json";
import places from "@/lib/suggestions/data/places.json";

/** The type given to event names: they block overlapping proposals and are never proposed themselves. */
export const EVENT_TYPE = "EVENT";

let index: AliasIndex | null = null;

function entriesOf(lists: string[][], type: string): AliasEntry[] {
  return lists.flatMap(([name, ...variants]) => [name as string, ...variants].map((alias) => ({ alias, name: name as string, type, entityId: null })));
}

export function gazetteerEntries(): AliasEntry[] {
  return [
    ...entriesOf([...places.countries, ...places.cities, ...places.regions], "LOCATION"),
    ...entriesOf(organisations.organisations, "ORG"),
    ...entriesOf(events.events, EVENT_TYPE),
  ];
}

export function getGazetteer(): AliasIndex {
  index ??= buildAliasIndex(gazetteerEntries());
  return index;
}
