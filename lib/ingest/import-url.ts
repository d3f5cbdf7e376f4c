// Import by URL: the page is fetched server-side (private addresses refused unless configured, since
// the server must not be turned into a probe of its own network), then imported with its HTML snapshot.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { getEnv } from "@/lib/env";
import { invalid } from "@/lib/errors";
import { fetchArticlePage } from "@/lib/ingest/extraction";
import { importArticle, type ImportOutcome } from "@/lib/ingest/import-article";

export async function importFromUrl(actor: CurrentUser, url: string, options: { allowPrivateNetwork?: boolean } = {}): Promise<ImportOutcome> {
  assertCan(actor, "article.import");
  const page = await fetchArticlePage(url, { allowPrivateNetwork: options.allowPrivateNetwork ?? getEnv().IMPORT_ALLOW_PRIVATE_URLS });
  if (!page.ok) throw invalid(page.reason);
  return importArticle(actor, page);
}
