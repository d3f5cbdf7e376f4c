import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { blockHtml, panelsHtml, sourcesHtml } from "@/lib/dossiers/render-html";
import { renderMarkdown } from "@/lib/dossiers/render-markdown";
import type { Block, Citation } from "@/lib/dossiers/snapshot-types";
import { getMessages } from "@/lib/i18n/messages";
import { findExecutableMarkup, xssPayloads } from "@/lib/testing/xss-payloads";

const context = { t: getMessages("fr"), locale: "fr" as const, linkToArticles: false };
const payload = `<img src=x onerror="alert(1)">`;
const citation: Citation = {
  n: 1,
  kind: "EXCERPT",
  article: { id: "a1", title: payload, source: payload, url: "javascript:alert(1)", publishedOn: "2023-03-01", precision: "MONTH", language: "fr" },
  revisionId: "r1",
  start: 0,
  end: 5,
  annotationId: null,
  passage: { before: payload, quote: payload, after: payload },
};

describe("render-html", () => {
  it("escapes every text it writes", () => {
    const html = blockHtml({ id: "b", kind: "EXCERPT", citation: 1, quote: payload }, new Map([[1, citation]]), context) + sourcesHtml([citation], context);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  // Every text a dossier shows, filled with each payload: nothing in the markup could run, and the
  // payload is still shown (as text), so the check is not passing on an empty page.
  it.each(xssPayloads)("renders %s inert in every part of a dossier", (text) => {
    const withText: Citation = { ...citation, article: { ...citation.article, title: text, source: text }, passage: { before: text, quote: text, after: text } };
    const citations = new Map([[1, withText]]);
    const entity = { id: "e1", name: text, typeKey: "PERSON", typeLabel: { fr: text, en: text }, description: text, aliases: [text] };
    const blocks: Block[] = [
      { id: "b1", kind: "EXCERPT", citation: 1, quote: text },
      { id: "b2", kind: "ENTITY", entity, mentions: 1, citations: [1] },
      { id: "b3", kind: "EVENT", date: { start: "2023-03-05", end: "2023-03-05", precision: "DAY" }, text, citation: 1 },
      { id: "b4", kind: "COMMENTARY", markdown: text, html: renderMarkdown(text) },
    ];
    const counted = { id: "e1", name: text, typeKey: "PERSON", count: 2 };
    const panels = {
      shown: { timeline: true, entities: true, network: true, themes: true },
      timeline: [{ date: { start: "2023-03-05", end: "2023-03-05", precision: "DAY" as const }, text, citation: 1 }],
      entities: [counted],
      network: { nodes: [counted, { ...counted, id: "e2" }], edges: [{ a: "e1", b: "e2", weight: 1 }] },
      themes: [{ slug: "t1", label: { fr: text, en: text }, count: 1 }],
    };
    const html = blocks.map((block) => blockHtml(block, citations, context)).join("") + sourcesHtml([withText], context) + panelsHtml(panels, context);
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    expect(findExecutableMarkup(document.body)).toEqual([]);
    expect(document.body.textContent).toContain(text.split(" ")[0]);
  });

  it("marks the cited words, and links to the article only for those who may read it", () => {
    const safe = { ...citation, article: { ...citation.article, title: "Titre", url: null }, passage: { before: "avant ", quote: "cité", after: " après" } };
    expect(sourcesHtml([safe], context)).toContain("avant <mark>cité</mark> après");
    expect(sourcesHtml([safe], context)).not.toContain("/articles/a1");
    expect(sourcesHtml([safe], { ...context, linkToArticles: true })).toContain('href="/articles/a1?revision=r1&amp;start=0&amp;end=5#cited-passage"');
  });

  it("shows a month-only date as a month, and a range as a range", () => {
    const panels = {
      shown: { timeline: true, entities: false, network: false, themes: false },
      timeline: [
        { date: { start: "2022-10-01", end: "2022-10-31", precision: "MONTH" as const }, text: "Nomination", citation: 1 },
        { date: { start: "2024-07-26", end: "2024-08-11", precision: "DAY" as const }, text: "JO", citation: 2 },
      ],
      entities: [],
      network: { nodes: [], edges: [] },
      themes: [],
    };
    const html = panelsHtml(panels, context);
    expect(html).toContain(">octobre 2022</time>");
    expect(html).toContain(">26 juillet 2024 – 11 août 2024</time>");
  });
});
