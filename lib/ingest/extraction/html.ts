// HTML pages → the article: scripts, styles and embeds are dropped first, Readability finds the
// article body, and the page's metadata (title, outlet, canonical URL, author, date, language) is read
// from the usual meta tags and JSON-LD.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export type HtmlArticle = { text: string; title?: string; url?: string; byline?: string; source?: string; published?: string; language?: string };

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt";
const NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, nav, footer, aside";

type Root = { querySelectorAll(selector: string): Iterable<{ textContent: string | null; closest(selector: string): unknown }>; textContent: string | null };

function blockText(root: Root): string {
  const paragraphs: string[] = [];
  for (const element of root.querySelectorAll(BLOCKS)) {
    // Nested blocks (a <p> inside an <li>) are read once, by the innermost one.
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text && !paragraphs.at(-1)?.includes(text)) paragraphs.push(text);
  }
  return paragraphs.length ? paragraphs.join("\n\n") : (root.textContent ?? "").replace(/[ \t]+/g, " ").replace(/\n\s*\n+/g, "\n\n").trim();
}

// linkedom builds no <body> for a bare fragment: give it a whole page.
function parse(html: string) {
  return parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`).document;
}

export function extractHtml(html: string, pageUrl?: string): HtmlArticle {
  const document = parse(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content")?.trim() || undefined;
  const jsonLd = readJsonLd(document.querySelectorAll('script[type="application/ld+json"]'));
  for (const element of document.querySelectorAll(NEVER_TEXT)) element.remove();

  const article = new Readability(parse(document.toString()) as unknown as Document, { charThreshold: 200 }).parse();
  const body = article?.content ? blockText(parse(`<html><body>${article.content}</body></html>`) as unknown as Root) : "";
  const fallback = blockText((document.body ?? document.documentElement) as unknown as Root);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta('meta[property="og:url"]');

  return {
    text: body.length >= fallback.length * 0.3 ? body : fallback,
    title: meta('meta[property="og:title"]') ?? (article?.title || document.querySelector("title")?.textContent?.trim() || undefined),
    url: absolute(canonical, pageUrl) ?? pageUrl,
    byline: article?.byline?.trim() || meta('meta[name="author"]') || jsonLd.author,
    source: meta('meta[property="og:site_name"]') ?? jsonLd.publisher,
    published:
      meta('meta[property="article:published_time"]') ??
      meta('meta[name="date"]') ??
      meta('meta[itemprop="datePublished"]') ??
      jsonLd.datePublished ??
      document.querySelector("time[datetime]")?.getAttribute("datetime") ??
      undefined,
    language: document.documentElement?.getAttribute("lang")?.slice(0, 2).toLowerCase() || undefined,
  };
}

function absolute(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

type JsonLdFields = { author?: string; publisher?: string; datePublished?: string };

function readJsonLd(scripts: Iterable<{ textContent: string | null }>): JsonLdFields {
  for (const script of scripts) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? "");
      const nodes = (Array.isArray(data) ? data : [data]) as Record<string, unknown>[];
      const article = nodes.find((node) => typeof node?.datePublished === "string");
      if (article) return { datePublished: String(article.datePublished), author: nameOf(article.author), publisher: nameOf(article.publisher) };
    } catch {
      // Malformed JSON-LD is common; the meta tags still count.
    }
  }
  return {};
}

function nameOf(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string") return first;
  return first && typeof first === "object" && typeof (first as { name?: unknown }).name === "string" ? (first as { name: string }).name : undefined;
}
