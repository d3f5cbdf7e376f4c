// `npm run bench -- suggest [--articles 200]`: suggestions for 5,000-character articles with a register
// of 10,000 entities and 50,000 aliases, in a fresh bench database: the register's first load (read +
// Aho–Corasick build), then per article the whole path the app takes (version check, cached register,
// every recommender) and the recommenders alone. Then what running them costs a bulk import: 400
// synthetic articles imported with and without suggestions, four at a time.
import { openBenchDatabase } from "@/lib/bench/bench-database";
import { summarise } from "@/lib/bench/stats";
import { syntheticArticles } from "@/lib/bench/synthetic-articles";
import { createPrismaClient, type Database } from "@/lib/db/client";
import { plainSql } from "@/lib/db/plain-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeName } from "@/lib/entities/normalize-name";
import { importTrustedDocument } from "@/lib/ingest/import-article";
import { suggest } from "@/lib/suggestions/suggest";
import { getSuggestionSources } from "@/lib/suggestions/suggestion-sources";

export type SuggestBenchOptions = { articles: number };

const ENTITIES = 10_000;
const ALIASES_PER_ENTITY = 5;
const ARTICLE_LENGTH = 5_000;
const IMPORTED = 400;

const firstNames = ["Karim", "Youssef", "Samir", "Nadia", "Leïla", "Omar", "Rachid", "Hicham", "Fatima", "Amine", "Claire", "Julien", "Hélène", "Pierre", "Sophie", "Mehdi", "Yasmine", "Driss", "Salma", "Thomas", "Camille", "Anas", "Zineb", "Mathieu", "Ilyas"];
const syllables = ["ben", "el", "ka", "mou", "ra", "di", "sa", "lah", "ou", "ni", "ta", "bou", "za", "li", "ja", "mer", "fa", "ri", "ha", "dou", "mar", "tin", "ber", "gé", "lou"];
const orgHeads = ["Direction", "Agence", "Office", "Commission", "Institut", "Conseil", "Comité", "Centre"];
const orgTopics = ["de la sécurité", "du renseignement", "de la défense", "des frontières", "de la cybersécurité", "des douanes", "de la protection civile", "des études"];

function surnameOf(index: number): string {
  const parts = [syllables[index % 25], syllables[Math.floor(index / 25) % 25], syllables[Math.floor(index / 625) % 25]] as string[];
  const word = parts.join("");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Entity `index` with its five names: canonical, variants and, for organisations, the acronym. */
function registerEntity(index: number): { type: string; names: string[] } {
  const surname = surnameOf(index);
  if (index % 4 === 1) {
    const name = `${orgHeads[index % 8]} nationale ${orgTopics[Math.floor(index / 8) % 8]} ${surname}`;
    const acronym = name.split(/[\s']+/).filter((word) => word.length > 3).map((word) => word[0]?.toUpperCase()).join("") + (index % 97);
    return { type: "ORG", names: [name, acronym, `${name} (siège)`, `${orgHeads[index % 8]} ${surname}`, `${surname} ${orgTopics[index % 8]}`] };
  }
  if (index % 4 === 2) return { type: "LOCATION", names: [`${surname}ville`, `${surname}-la-Ville`, `${surname}ville-Centre`, `Port-${surname}`, `Grand ${surname}`] };
  const first = firstNames[index % firstNames.length] as string;
  return { type: "PERSON", names: [`${first} ${surname}`, `${first} ${surname}i`, `${first.charAt(0)}. ${surname}`, `${surname} ${first}`, `${first} ${surname} Jr`] };
}

async function generateRegister(db: Database): Promise<void> {
  const entities = Array.from({ length: ENTITIES }, (_, index) => registerEntity(index));
  const sql = plainSql(db);
  const ids = await sql.query<{ id: string }>(Prisma.sql`
    INSERT INTO entities ("typeId", "canonicalName", "updatedAt")
    SELECT t.id, e.name, now() FROM unnest(${entities.map((entity) => entity.type)}::text[], ${entities.map((entity) => entity.names[0] as string)}::text[]) WITH ORDINALITY AS e(type, name, position)
      JOIN entity_types t ON t.key = e.type ORDER BY e.position RETURNING id`);
  const rows = entities.flatMap((entity, index) => entity.names.map((name, position) => ({ entityId: ids[index]?.id as string, name, kind: position === 0 ? "CANONICAL" : "VARIANT" })));
  await sql.query(Prisma.sql`
    INSERT INTO entity_aliases ("entityId", name, normalized, kind)
    SELECT * FROM unnest(${rows.map((row) => row.entityId)}::uuid[], ${rows.map((row) => row.name)}::text[], ${rows.map((row) => normalizeName(row.name))}::text[], ${rows.map((row) => row.kind)}::"AliasKind"[])
    ON CONFLICT DO NOTHING`);
}

/** A 5,000-character article of the corpus's kind, naming some twenty entities of the register. */
function benchArticles(count: number): string[] {
  const articles: string[] = [];
  let index = 0;
  for (const article of syntheticArticles(count * 2, 11)) {
    const sentences = article.text.split(/(?<=\.)\s+/);
    const named = sentences.map((sentence, position) => (position % 3 === 0 ? `${sentence} ${registerEntity((index * 37 + position * 101) % ENTITIES).names[position % 5]} a été cité.` : sentence));
    const text = named.join(" ").slice(0, ARTICLE_LENGTH);
    if (text.length === ARTICLE_LENGTH) articles.push(text);
    index++;
    if (articles.length === count) break;
  }
  return articles;
}

async function importThroughput(db: Database, seed: number, suggestOnImport: boolean): Promise<number> {
  const documents = [...syntheticArticles(IMPORTED, seed)].map((article, index) => ({
    filename: `bench-${seed}-${index}.txt`, mediaType: "text/plain", bytes: new TextEncoder().encode(article.text), text: article.text, title: article.title, source: article.source, published: article.published,
  }));
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let index = next++; index < documents.length; index = next++) await importTrustedDocument(db, documents[index] as (typeof documents)[number], null, undefined, { suggest: suggestOnImport });
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return Math.round(IMPORTED / ((performance.now() - started) / 1000));
}

export async function runSuggestBench({ articles }: SuggestBenchOptions): Promise<void> {
  const database = await openBenchDatabase("suggest", { fresh: true });
  const db = createPrismaClient(database.url);
  try {
    console.log(`Generating a register of ${ENTITIES} entities and ${ENTITIES * ALIASES_PER_ENTITY} aliases…`);
    await generateRegister(db);
    const [counts] = await plainSql(db).query<{ entities: number; aliases: number }>(Prisma.sql`SELECT (SELECT count(*) FROM entities)::int AS entities, (SELECT count(*) FROM entity_aliases)::int AS aliases`);
    const loadStarted = performance.now();
    await getSuggestionSources(db);
    const registerLoadMs = Math.round(performance.now() - loadStarted);

    const texts = benchArticles(articles);
    const whole: number[] = [];
    const engine: number[] = [];
    let entitiesFound = 0;
    for (const [index, text] of texts.entries()) {
      const started = performance.now();
      const sources = await getSuggestionSources(db);
      const computed = performance.now();
      const result = suggest({ text, language: "fr", reference: { date: "2024-06-15", precision: "DAY" }, ...sources });
      const done = performance.now();
      // The first few warm the JIT up, as a running server is.
      if (index >= 5) {
        whole.push(done - started);
        engine.push(done - computed);
      }
      entitiesFound += result.entities.length;
    }
    console.log(`Importing ${IMPORTED} synthetic articles without, then with suggestions…`);
    const withoutSuggestions = await importThroughput(db, 21, false);
    const withSuggestions = await importThroughput(db, 22, true);
    console.log(
      JSON.stringify({
        bench: "suggest",
        register: counts,
        registerLoadMs,
        articles: texts.length,
        characters: ARTICLE_LENGTH,
        entitiesPerArticle: Math.round(entitiesFound / texts.length),
        perArticleMs: summarise(whole),
        recommendersOnlyMs: summarise(engine),
        importArticlesPerSecond: { withoutSuggestions, withSuggestions },
      }),
    );
  } finally {
    await db.$disconnect();
    await database.release();
  }
}
