// Import by URL: fetches a page and extracts its article, keeping the HTML as the original bytes.
// The server must not become a probe of its own network (SSRF): every hop's address is resolved and
// private, loopback and link-local ranges are refused unless explicitly allowed; redirects are
// followed by hand so each one is checked; size and time are bounded.
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { decodeText } from "@/lib/ingest/extraction/decode-text";
import { extractHtml } from "@/lib/ingest/extraction/html";
import { ExtractionError, megabytes, type ExtractionItem } from "@/lib/ingest/extraction/types";

type FetchOptions = { timeoutMs?: number; maxBytes?: number; allowPrivateNetwork?: boolean; fetchImpl?: typeof fetch };

const MAX_REDIRECTS = 5;

const privateRanges = new BlockList();
for (const [network, prefix] of [["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12], ["192.168.0.0", 16], ["224.0.0.0", 4], ["240.0.0.0", 4]] as const) {
  privateRanges.addSubnet(network, prefix, "ipv4");
}
// IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) are checked against the IPv4 ranges by BlockList itself.
for (const [network, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8]] as const) {
  privateRanges.addSubnet(network, prefix, "ipv6");
}

async function assertPublic(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true }).catch(() => {
    throw new ExtractionError(`The address ${url.hostname} could not be found.`);
  });
  if (addresses.some(({ address, family }) => privateRanges.check(address, family === 6 ? "ipv6" : "ipv4"))) {
    throw new ExtractionError("The address points into a private network and was refused.");
  }
}

export async function fetchArticlePage(address: string, options: FetchOptions = {}): Promise<ExtractionItem> {
  const { timeoutMs = 10_000, maxBytes = 5 * 1024 * 1024, allowPrivateNetwork = false, fetchImpl = fetch } = options;
  try {
    let url = new URL(address);
    const signal = AbortSignal.timeout(timeoutMs);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new ExtractionError("Only http and https addresses can be imported.");
      if (!allowPrivateNetwork) await assertPublic(url);
      const response = await fetchImpl(url, { redirect: "manual", signal, headers: { accept: "text/html,application/xhtml+xml" } });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url);
        continue;
      }
      if (!response.ok) throw new ExtractionError(`The page could not be fetched: HTTP ${response.status}.`);
      const type = (response.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      if (type !== "text/html" && type !== "application/xhtml+xml") throw new ExtractionError(`The address gives ${type || "an unknown type"}, not a web page.`);
      const bytes = await readBounded(response, maxBytes);
      const { text: html, encoding } = decodeText(bytes);
      const article = extractHtml(html, url.toString());
      if (!article.text.trim()) throw new ExtractionError("No article text was found on the page.");
      const name = `${url.hostname}${url.pathname}`.replace(/\/$/, "");
      return { ok: true, filename: name.slice(-200), mediaType: `text/html; charset=${encoding}`, bytes, ...definedOnly(article), text: article.text, url: article.url ?? url.toString() };
    }
    throw new ExtractionError(`The page redirects more than ${MAX_REDIRECTS} times.`);
  } catch (error) {
    return { ok: false, filename: address, reason: reasonFor(error, timeoutMs) };
  }
}

async function readBounded(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? 0);
  const tooLarge = () => new ExtractionError(`The page is larger than ${megabytes(maxBytes)}.`);
  if (declared > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
    size += part.value.length;
    if (size > maxBytes) {
      await reader?.cancel();
      throw tooLarge();
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks);
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

function reasonFor(error: unknown, timeoutMs: number): string {
  if (error instanceof ExtractionError) return error.message;
  if (error instanceof TypeError && /Invalid URL/i.test(error.message)) return "This is not a valid web address.";
  if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError")) return `The page took longer than ${timeoutMs / 1000} s to answer.`;
  return "The page could not be fetched.";
}
