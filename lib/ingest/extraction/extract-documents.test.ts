import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "@/lib/ingest/extraction/detect-language";
import { extractDocuments } from "@/lib/ingest/extraction/extract-documents";
import type { ExtractedDocument, ExtractionItem } from "@/lib/ingest/extraction/types";

const seed = readFileSync(path.join(process.cwd(), "prisma/demo/articles/000_c9c3fc588f35eb4a.txt"));
const sentence = "La coopération sécuritaire entre le Maroc et la France a été renforcée lors de la visite du ministre à Rabat.";

const one = async (filename: string, bytes: Uint8Array, mediaType?: string): Promise<ExtractionItem> => {
  const items = await extractDocuments({ filename, bytes, mediaType });
  expect(items).toHaveLength(1);
  return items[0] as ExtractionItem;
};
const ok = (item: ExtractionItem): ExtractedDocument => {
  if (!item.ok) throw new Error(`expected a document, got: ${item.reason}`);
  return item;
};
const reason = (item: ExtractionItem) => (item.ok ? "(imported)" : item.reason);

function docx(paragraphs: string[]): Uint8Array {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join("");
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  });
}

function pdf(text: string): Uint8Array {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets = objects.map((object, index) => {
    const offset = out.length;
    out += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out);
}

describe("formats", () => {
  it("reads plain text as UTF-8 and keeps the original bytes exactly", async () => {
    const item = ok(await one("000.txt", seed));
    expect(item.text).toBe(seed.toString("utf8"));
    expect(Buffer.from(item.bytes).equals(seed)).toBe(true);
    expect(item.mediaType).toBe("text/plain; charset=utf-8");
  });

  it("detects Windows-1252 text and decodes its accents", async () => {
    const bytes = Buffer.from("La s\xe9curit\xe9 du Maroc \x96 l\x92accord sign\xe9.", "latin1");
    const item = ok(await one("legacy.txt", bytes));
    expect(item.text).toBe("La sécurité du Maroc – l’accord signé.");
    expect(item.mediaType).toBe("text/plain; charset=windows-1252");
    expect(Buffer.from(item.bytes).equals(bytes)).toBe(true);
  });

  it("reads UTF-16 with a byte-order mark", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Sécurité", "utf16le")]);
    expect(ok(await one("windows.txt", bytes)).text).toBe("Sécurité");
  });

  it("turns Markdown into plain paragraphs", async () => {
    const item = ok(await one("note.md", strToU8("# Titre\n\nUn **accord** signé à [Rabat](https://example.org).\n\n- point un")));
    expect(item.text).toBe("Titre\n\nUn accord signé à Rabat.\n\npoint un");
  });

  it("extracts the article of an HTML page with its metadata, scripts stripped", async () => {
    const html = `<html lang="fr"><head><title>Page</title><meta property="og:title" content="African Lion 2024"><meta property="og:site_name" content="Le Desk"><meta property="article:published_time" content="2024-05-20T08:00:00Z"><link rel="canonical" href="https://ledesk.ma/african-lion"><script>var secret = "do not import";</script></head><body><nav>Accueil Politique Sport</nav><article><p>${sentence}</p><script>alert("xss")</script><p>Les manœuvres ont porté sur la lutte antiterroriste et le soutien logistique, selon l'état-major des forces armées.</p></article><footer>Mentions légales</footer></body></html>`;
    const item = ok(await one("page.html", strToU8(html)));
    expect(item.text).toContain(sentence);
    expect(item.text).not.toMatch(/secret|xss|Accueil|Mentions/);
    expect(item).toMatchObject({ title: "African Lion 2024", source: "Le Desk", published: "2024-05-20T08:00:00Z", url: "https://ledesk.ma/african-lion", language: "fr" });
  });

  it("reads .docx and .pdf", async () => {
    expect(ok(await one("note.docx", docx(["Premier paragraphe.", "Second paragraphe."]))).text).toBe("Premier paragraphe.\n\nSecond paragraphe.");
    expect(ok(await one("scan.pdf", pdf("La cooperation securitaire"))).text).toBe("La cooperation securitaire");
  });

  it("imports each member of a zip under the archive's name, skipping folders and hidden files", async () => {
    const archive = zipSync({ "a.txt": strToU8(sentence), "dir/b.md": strToU8("# B\n\nTexte B."), "__MACOSX/._a.txt": strToU8("x"), ".DS_Store": strToU8("x") });
    const items = await extractDocuments({ filename: "lot.zip", bytes: archive });
    expect(items.map((item) => [item.filename, item.ok])).toEqual([
      ["lot.zip/a.txt", true],
      ["lot.zip/dir/b.md", true],
    ]);
    expect(Buffer.from(ok(items[0] as ExtractionItem).bytes).toString("utf8")).toBe(sentence);
  });

  it("imports the good lines of a JSON Lines file and explains the bad ones", async () => {
    const lines = [
      JSON.stringify({ title: "Un", text: sentence, published: "2024-12", source: "Le360", language: "fr" }),
      "{not json",
      JSON.stringify({ title: "Sans texte" }),
      JSON.stringify({ html: `<p>${sentence}</p><script>evil()</script>`, url: "https://example.org/a" }),
    ].join("\n");
    const items = await extractDocuments({ filename: "lot.jsonl", bytes: strToU8(lines) });
    expect(items.map((item) => [item.filename, reason(item)])).toEqual([
      ["lot.jsonl#1", "(imported)"],
      ["lot.jsonl#2", "Line 2 is not valid JSON."],
      ["lot.jsonl#3", "Line 3: A record needs a non-empty “text” or “html”."],
      ["lot.jsonl#4", "(imported)"],
    ]);
    expect(ok(items[0] as ExtractionItem)).toMatchObject({ title: "Un", published: "2024-12", source: "Le360", language: "fr", text: sentence });
    expect(ok(items[3] as ExtractionItem).text).toBe(sentence);
  });
});

describe("bad input", () => {
  it("refuses each with a sentence that says why", async () => {
    expect(reason(await one("vide.txt", new Uint8Array()))).toBe("The file is empty.");
    expect(reason(await one("blanc.txt", strToU8("  \n\n  ")))).toBe("The file contains no text.");
    expect(reason(await one("image.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])))).toBe("This looks like binary data, not text.");
    expect(reason(await one("setup.exe", strToU8("MZ")))).toBe("Files of type .exe are not supported: use .txt, .md, .html, .docx, .pdf, .jsonl or .zip.");
    const [big] = await extractDocuments({ filename: "gros.txt", bytes: new Uint8Array(2 * 1024 * 1024 + 1).fill(65) }, { maxFileBytes: 2 * 1024 * 1024 });
    expect(reason(big as ExtractionItem)).toBe("The file is 2 MB; the limit is 2 MB.");
    expect(reason(await one("abime.pdf", strToU8("%PDF-1.4 this is not really a pdf")))).toBe("The PDF is damaged and could not be read.");
    expect(reason(await one("faux.pdf", strToU8("hello")))).toBe("This .pdf file is not a PDF.");
    expect(reason(await one("abime.docx", zipSync({ "hello.txt": strToU8("no word here") })))).toBe("The Word document is damaged and could not be read.");
  });

  it("refuses a whole zip holding a path that escapes its folder", async () => {
    const archive = zipSync({ "ok.txt": strToU8(sentence), "../../etc/passwd": strToU8("root:x:0:0") });
    expect(await extractDocuments({ filename: "evil.zip", bytes: archive })).toEqual([
      { ok: false, filename: "evil.zip", reason: "The archive contains an unsafe path (../../etc/passwd) and was refused." },
    ]);
  });

  it("refuses a decompression bomb while inflating, whatever sizes it declares", async () => {
    const bomb = zipSync({ "zeros.txt": new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const [item] = await extractDocuments({ filename: "bomb.zip", bytes: bomb }, { maxCompressionRatio: 100, maxExpandedBytes: 1024 * 1024 * 1024 });
    expect(reason(item as ExtractionItem)).toMatch(/^The archive expands to more than .* MB and was refused \(possible zip bomb\)\.$/);
  });

  it("refuses archives inside archives, member by member", async () => {
    const inner = zipSync({ "a.txt": strToU8(sentence) });
    const items = await extractDocuments({ filename: "outer.zip", bytes: zipSync({ "inner.zip": inner, "b.txt": strToU8(sentence) }, { level: 0 }) });
    expect(items.map((item) => [item.filename, reason(item)])).toEqual([
      ["outer.zip/inner.zip", "Archives inside archives are not imported."],
      ["outer.zip/b.txt", "(imported)"],
    ]);
  });
});

describe("detectLanguage", () => {
  it("tells French from English and stays silent on short text", () => {
    expect(detectLanguage(seed.toString("utf8"))).toBe("fr");
    expect(detectLanguage("The Defense Secretary signed a ten-year military cooperation agreement with Tunisia and then flew to Algiers and Rabat.")).toBe("en");
    expect(detectLanguage("Rabat")).toBeUndefined();
  });
});
