// Our JSON Lines export: one article per line, readable by doccano as it is (`text` and `label`
// triples) and carrying every field of the article and its annotations so parseAnnotationJsonl can
// restore them exactly.
import { buildDoccanoLabels, type ExportedArticle, type JsonlRecord } from "@/lib/annotations/exchange/exchange-types";

/** One line without its newline; for writing a large export as a stream. */
export function serializeJsonlLine(article: ExportedArticle): string {
  // Fields are listed rather than spread: doccano's three come first, and nothing the caller's
  // object happens to carry leaks into a file the strict import would then refuse.
  const record: JsonlRecord = {
    id: article.id,
    text: article.text,
    label: buildDoccanoLabels(article.annotations),
    title: article.title,
    revisionId: article.revisionId,
    language: article.language,
    url: article.url,
    publishedOn: article.publishedOn,
    datePrecision: article.datePrecision,
    annotations: article.annotations,
  };
  // JSON.stringify escapes the line breaks inside the text, so a record never spans two lines.
  return JSON.stringify(record);
}

export function serializeJsonl(articles: readonly ExportedArticle[]): string {
  return articles.map((article) => `${serializeJsonlLine(article)}\n`).join("");
}
