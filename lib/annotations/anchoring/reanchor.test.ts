// Re-anchoring spans onto a corrected revision: each case asserts the exact outcome for every span.
import { describe, expect, it } from "vitest";
import { reanchorSpans, type SpanToReanchor } from "@/lib/annotations/anchoring/reanchor";
import { describeSpan } from "@/lib/annotations/anchoring/text-quote";

const ARTICLE = [
  "Marie Colcombett, maire de Lyon, a présenté mardi son budget pour 2025.",
  "Le conseil municipal doit voter le texte à la fin du mois de mars.",
  "L’opposition dénonce une hausse des impôts locaux jugée excessive.",
].join("\n\n");

/** A span on the `occurrence`-th appearance of `quote`, described as the editor would store it. */
function spanOf(text: string, quote: string, id = quote, occurrence = 0): SpanToReanchor {
  let start = text.indexOf(quote);
  for (let seen = 0; seen < occurrence; seen += 1) start = text.indexOf(quote, start + 1);
  if (start === -1) throw new Error(`“${quote}” is not in the text`);
  return { id, start, end: start + quote.length, ...describeSpan(text, start, start + quote.length) };
}

function reanchorOne(oldText: string, newText: string, span: SpanToReanchor) {
  return reanchorSpans(oldText, newText, [span]).get(span.id);
}

describe("reanchorSpans", () => {
  it("keeps every span ANCHORED at the same offsets when the text is unchanged", () => {
    const spans = [spanOf(ARTICLE, "Marie Colcombett"), spanOf(ARTICLE, "conseil municipal"), spanOf(ARTICLE, "excessive.")];
    expect(Object.fromEntries(reanchorSpans(ARTICLE, ARTICLE, spans))).toEqual({
      "Marie Colcombett": { state: "ANCHORED", start: 0, end: 16 },
      "conseil municipal": { state: "ANCHORED", start: 76, end: 93 },
      "excessive.": { state: "ANCHORED", start: 197, end: 207 },
    });
  });

  it("shifts spans after an insertion and leaves those before it ANCHORED", () => {
    const newText = ARTICLE.replace("voter le texte", "voter définitivement le texte");
    const spans = [spanOf(ARTICLE, "Marie Colcombett"), spanOf(ARTICLE, "fin du mois de mars"), spanOf(ARTICLE, "impôts locaux")];
    expect(Object.fromEntries(reanchorSpans(ARTICLE, newText, spans))).toEqual({
      "Marie Colcombett": { state: "ANCHORED", start: 0, end: 16 },
      "fin du mois de mars": { state: "REANCHORED", start: 134, end: 153, quote: "fin du mois de mars" },
      "impôts locaux": { state: "REANCHORED", start: 192, end: 205, quote: "impôts locaux" },
    });
  });

  it("leaves text inserted right at either edge of a span outside it", () => {
    const newText = ARTICLE.replace("conseil municipal", "nouveau conseil municipal élu");
    expect(reanchorOne(ARTICLE, newText, spanOf(ARTICLE, "conseil municipal"))).toEqual({
      state: "REANCHORED",
      start: 84,
      end: 101,
      quote: "conseil municipal",
    });
  });

  it("takes text inserted inside a span into its quote", () => {
    const newText = ARTICLE.replace("a présenté mardi son budget", "a présenté mardi soir son budget");
    expect(reanchorOne(ARTICLE, newText, spanOf(ARTICLE, "a présenté mardi son budget"))).toEqual({
      state: "REANCHORED",
      start: 33,
      end: 65,
      quote: "a présenté mardi soir son budget",
    });
  });

  it("follows a typo fix inside the quote and reports the new quote", () => {
    const newText = ARTICLE.replace("Colcombett", "Colcombet");
    expect(Object.fromEntries(reanchorSpans(ARTICLE, newText, [spanOf(ARTICLE, "Marie Colcombett"), spanOf(ARTICLE, "maire de Lyon")]))).toEqual({
      "Marie Colcombett": { state: "REANCHORED", start: 0, end: 15, quote: "Marie Colcombet" },
      "maire de Lyon": { state: "REANCHORED", start: 17, end: 30, quote: "maire de Lyon" },
    });
  });

  it("follows an accent correction in composed (NFC) French text", () => {
    const oldText = "La reforme des retraites sera examinée à l’Assemblée nationale en séance publique.";
    const newText = "La réforme des retraites sera examinée à l’Assemblée nationale en séance publique.";
    const spans = [spanOf(oldText, "reforme des retraites"), spanOf(oldText, "l’Assemblée nationale")];
    expect(Object.fromEntries(reanchorSpans(oldText, newText, spans))).toEqual({
      "reforme des retraites": { state: "REANCHORED", start: 3, end: 24, quote: "réforme des retraites" },
      "l’Assemblée nationale": { state: "ANCHORED", start: 41, end: 62 },
    });
  });

  it("counts emoji as two code units and keeps them whole", () => {
    const oldText = "Victoire 😀 des Bleus 🏆 hier soir au Stade de France.";
    const newText = "Énorme 🎉 victoire 😁 des Bleus 🏆 hier soir au Stade de France.";
    const spans = [spanOf(oldText, "😀 des Bleus 🏆"), spanOf(oldText, "Stade de France")];
    expect(Object.fromEntries(reanchorSpans(oldText, newText, spans))).toEqual({
      "😀 des Bleus 🏆": { state: "REANCHORED", start: 19, end: 34, quote: "😁 des Bleus 🏆" },
      "Stade de France": { state: "REANCHORED", start: 48, end: 63, quote: "Stade de France" },
    });
  });

  it("orphans a span whose text was deleted", () => {
    const newText = ARTICLE.replace(" jugée excessive", "");
    expect(reanchorOne(ARTICLE, newText, spanOf(ARTICLE, "jugée excessive"))).toEqual({
      state: "ORPHANED",
      reason: "The quoted text “jugée excessive” is no longer in the article.",
    });
  });

  it("orphans a span rewritten beyond recognition, and says what it reads now", () => {
    const newText = ARTICLE.replace("hausse des impôts", "baisse des taxes");
    expect(reanchorOne(ARTICLE, newText, spanOf(ARTICLE, "hausse des impôts"))).toEqual({
      state: "ORPHANED",
      reason: "The quoted text “hausse des impôts” was rewritten too much to follow: it now reads “baisse des taxes”.",
    });
  });

  it("finds a moved paragraph by searching for the quote", () => {
    const [first, second, third] = ARTICLE.split("\n\n");
    const newText = [third, first, second].join("\n\n");
    const spans = [spanOf(ARTICLE, "hausse des impôts locaux"), spanOf(ARTICLE, "maire de Lyon")];
    expect(Object.fromEntries(reanchorSpans(ARTICLE, newText, spans))).toEqual({
      "hausse des impôts locaux": { state: "REANCHORED", start: 25, end: 49, quote: "hausse des impôts locaux" },
      "maire de Lyon": { state: "REANCHORED", start: 86, end: 99, quote: "maire de Lyon" },
    });
  });

  it("picks the copy of a repeated quote whose context matches when its paragraph moves", () => {
    const oldText = [
      "La croissance sera de 1 % cette année, selon le ministre, malgré la crise.",
      "Les syndicats contestent ce chiffre : selon le ministre, tout va bien.",
      "Le patronat se montre plus prudent sur les perspectives de l’emploi industriel.",
    ].join("\n\n");
    const [first, second, third] = oldText.split("\n\n");
    const newText = [first, third, second].join("\n\n");
    const spans = [spanOf(oldText, "selon le ministre", "first", 0), spanOf(oldText, "selon le ministre", "second", 1)];
    expect(Object.fromEntries(reanchorSpans(oldText, newText, spans))).toEqual({
      first: { state: "ANCHORED", start: 39, end: 56 },
      second: { state: "REANCHORED", start: 195, end: 212, quote: "selon le ministre" },
    });
  });

  it("orphans a moved quote as ambiguous when two copies match its context equally", () => {
    const refrain = "Devant la foule réunie place Bellecour, le ministre a répété : « Nous ne céderons pas », sous les applaudissements de ses partisans.";
    const opening = "La manifestation a rassemblé plusieurs milliers de personnes.";
    const middle = "Les organisateurs annoncent une nouvelle journée de mobilisation la semaine prochaine, avec des cortèges dans toute la région.";
    const closing = "La préfecture n’a signalé aucun incident majeur en fin de journée, selon un communiqué publié dans la soirée.";
    const oldText = [opening, refrain, middle, refrain, closing].join("\n\n");
    // The first refrain moves to the end: the diff sees it deleted, and both copies left are word for word the same.
    const newText = [opening, middle, refrain, closing, refrain].join("\n\n");
    expect(reanchorOne(oldText, newText, spanOf(oldText, "Nous ne céderons pas"))).toEqual({
      state: "ORPHANED",
      reason: "Ambiguous: the quoted text “Nous ne céderons pas” fits 2 places in the article equally well and its context does not say which one is meant.",
    });
  });

  it("prefers, among copies whose context ties, the one inside the passage that replaced the span", () => {
    const intro = "Au sommet de Bruxelles, le président Emmanuel Macron, entouré de ses ministres, a plaidé pour l’Europe.";
    const oldText = `${intro}\n\nMardi, dans un entretien accordé à la presse régionale, le président Emmanuel Macron, fidèle à sa ligne, a défendu la réforme des retraites.`;
    // Rewritten on both sides, the sentence becomes one replacement in the diff, which loses the span.
    const newText = `${intro}\n\nInterrogé mercredi soir par plusieurs quotidiens du Sud-Ouest, le président Emmanuel Macron, sans surprise et avec une fermeté certaine, maintient son projet sur les pensions.`;
    expect(reanchorOne(oldText, newText, spanOf(oldText, "Macron", "second", 1))).toEqual({
      state: "REANCHORED",
      start: 190,
      end: 196,
      quote: "Macron",
    });
  });

  it("does not pin a deleted short quote onto another mention in a different context", () => {
    const oldText = "Le maire a salué Lyon pour son dynamisme. Plus loin, le stade de Lyon sera rénové en 2026.";
    const newText = "Le maire a salué la région pour son dynamisme. Plus loin, le stade de Lyon sera rénové en 2026.";
    expect(reanchorOne(oldText, newText, spanOf(oldText, "Lyon"))).toEqual({
      state: "ORPHANED",
      reason: "The quoted text “Lyon” is no longer where it was; it appears elsewhere in the article, but not in the same context.",
    });
  });

  it("orphans a stored span that never matched its own revision", () => {
    const span = { ...spanOf(ARTICLE, "maire de Lyon"), quote: "maire de Paris" };
    expect(reanchorOne(ARTICLE, ARTICLE, span)).toEqual({
      state: "ORPHANED",
      reason: "The annotation does not match the previous revision. The quote does not match the text at 18–31: the text there is “maire de Lyon”.",
    });
  });

  it("re-anchors 1,000 spans on a 50,000-character text after a few scattered edits", () => {
    const { oldText, newText, spans, expected } = buildLargeRevision();
    expect(oldText.length).toBeGreaterThanOrEqual(50_000);
    expect(spans).toHaveLength(1_000);
    const results = reanchorSpans(oldText, newText, spans);
    expect(spans.map((span) => results.get(span.id))).toEqual(expected);
    expect(expected.filter((result) => result.state === "ANCHORED").length).toBeGreaterThan(0);
    expect(expected.filter((result) => result.state === "REANCHORED").length).toBeGreaterThan(0);
  });
});

const VOCABULARY = ["le", "préfet", "a", "déclaré", "réforme", "été", "Élysée", "budget", "cœur", "naïve", "où", "garçon", "🎉", "très", "conseil", "maïs", "😀", "à", "l’État", "ville"];

/** A deterministic pseudo-random generator (mulberry32), so the large case is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Edit = { at: number; removed: number; inserted: string };

// Words carry the spans; removable notes and insertion points sit at least a few characters away
// from every span, so each expected position is the old one shifted by the edits before it.
function buildLargeRevision() {
  const random = seededRandom(2025);
  const pick = <T,>(items: T[]) => items[Math.floor(random() * items.length)] as T;
  const words: { start: number; end: number }[] = [];
  const notes: { start: number; end: number }[] = [];
  let oldText = "";
  for (let sentence = 0; oldText.length < 50_000; sentence += 1) {
    oldText += sentence % 5 === 0 && sentence > 0 ? "\n\n" : sentence > 0 ? " " : "";
    const length = 6 + Math.floor(random() * 8);
    for (let index = 0; index < length; index += 1) {
      const word = index === 0 ? `Phrase${sentence}` : pick(VOCABULARY);
      if (index > 0) oldText += " ";
      words.push({ start: oldText.length, end: oldText.length + word.length });
      oldText += word;
    }
    if (sentence % 97 === 13) {
      notes.push({ start: oldText.length, end: oldText.length + ` [note ${sentence}]`.length });
      oldText += ` [note ${sentence}]`;
    }
    oldText += ".";
  }

  const spans: SpanToReanchor[] = [];
  const covered = new Uint8Array(oldText.length + 1);
  while (spans.length < 1_000) {
    const first = Math.floor(random() * (words.length - 4));
    const start = (words[first] as { start: number }).start;
    const end = (words[first + Math.floor(random() * 4)] as { end: number }).end;
    if (notes.some((note) => note.start < end && start < note.end)) continue;
    spans.push({ id: `span-${spans.length}`, start, end, ...describeSpan(oldText, start, end) });
    covered.fill(1, Math.max(0, start - 3), end + 3);
  }

  const edits: Edit[] = notes.slice(0, 4).map((note, index) => ({
    at: note.start,
    removed: note.end - note.start,
    inserted: index === 0 ? " [remarque]" : "",
  }));
  for (let count = 1; count <= 4; count += 1) {
    let at = Math.floor(random() * oldText.length);
    while (covered[at] || notes.some((note) => note.start <= at && at <= note.end)) at = (at + 1) % oldText.length;
    edits.push({ at, removed: 0, inserted: `« ajout ${count} » ` });
  }
  edits.sort((first, second) => first.at - second.at);

  let newText = oldText;
  for (const edit of [...edits].reverse()) {
    newText = newText.slice(0, edit.at) + edit.inserted + newText.slice(edit.at + edit.removed);
  }
  const expected = spans.map((span) => {
    const shift = edits.filter((edit) => edit.at < span.start).reduce((sum, edit) => sum + edit.inserted.length - edit.removed, 0);
    if (shift === 0) return { state: "ANCHORED", start: span.start, end: span.end };
    return { state: "REANCHORED", start: span.start + shift, end: span.end + shift, quote: span.quote };
  });
  return { oldText, newText, spans, expected };
}
