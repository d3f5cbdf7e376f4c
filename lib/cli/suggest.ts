// `npm run suggest -- <file> [--date YYYY-MM-DD]`: the suggestions for a text file, through the same
// code as the app and with the configured database's register (the running app's embedded database is
// shared, or started). Prints one JSON object; offsets are UTF-16 code units into the file's text.
// Without --date, a date the text states in its metadata (" date 2023-03") is the article's date.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { runCli } from "@/lib/cli/run";
import { db } from "@/lib/db";
import { cleanArticleText } from "@/lib/ingest/cleaning/clean-article-text";
import { detectLanguage } from "@/lib/ingest/extraction";
import { parsePublicationDate } from "@/lib/ingest/publication-date";
import { formatDateValue } from "@/lib/suggestions/format-date-value";
import { suggest } from "@/lib/suggestions/suggest";
import { getSuggestionSources } from "@/lib/suggestions/suggestion-sources";

const usage = "Usage: npm run suggest -- <file> [--date YYYY-MM-DD]";

runCli(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { date: { type: "string" } } });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error(usage);
  const given = values.date === undefined ? undefined : parsePublicationDate(values.date);
  if (values.date !== undefined && !given) throw new Error(`Not a date: ${values.date}. ${usage}`);
  const text = await readFile(file, "utf8").catch(() => {
    throw new Error(`Cannot read ${file}.`);
  });
  const language = detectLanguage(text);
  const stated = cleanArticleText(text, { language }).metadata.publishedOn;
  const reference = given ? { date: given.date.toISOString().slice(0, 10), precision: given.precision } : (stated ?? null);

  const database = await prepareDatabase((line) => console.error(line));
  try {
    const result = suggest({ text, language, reference, ...(await getSuggestionSources(db)) });
    console.log(
      JSON.stringify({
        entities: result.entities.map(({ start, end, text: quote, type, name }) => ({ start, end, text: quote, type, entity: name })),
        dates: result.dates.map(({ start, end, text: quote, value }) => ({ start, end, text: quote, value: formatDateValue(value), precision: value.precision })),
        themes: result.themes.map(({ slug, score, evidence }) => ({ slug, score, evidence })),
      }),
    );
  } finally {
    await db.$disconnect();
    await database.release();
  }
});
