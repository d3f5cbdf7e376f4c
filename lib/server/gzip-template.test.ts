import { randomBytes } from "node:crypto";
import { crc32, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32Combine, fillGzipTemplate, gzipTemplate } from "@/lib/server/gzip-template";

describe("crc32Combine", () => {
  it("gives the CRC of two buffers one after the other", () => {
    for (const [a, b] of [[0, 0], [1, 1], [100, 7], [5, 70_000], [3000, 1]]) {
      const first = randomBytes(a as number);
      const second = randomBytes(b as number);
      expect(crc32Combine(crc32(first), crc32(second), second.length)).toBe(crc32(Buffer.concat([first, second])));
    }
  });
});

describe("gzip templates", () => {
  const hole = Buffer.from("NONCE-0123456789abcdefgh");
  const page = (filler: string) => `<html><script nonce="${filler}">a</script>${"<p>Un paragraphe répété.</p>".repeat(2000)}<link nonce="${filler}"/>${filler}`;

  it("fills every hole with a new filler and gunzips to the text it stands for", () => {
    const template = gzipTemplate(Buffer.from(page(hole.toString())), hole);
    expect(template.stretches).toHaveLength(4);
    const first = fillGzipTemplate(template, Buffer.from("abcdefghijklmnopqrstuvwx"));
    const second = fillGzipTemplate(template, Buffer.from("ABCDEFGHIJKLMNOPQRSTUVWX"));
    expect(gunzipSync(first).toString()).toBe(page("abcdefghijklmnopqrstuvwx"));
    expect(gunzipSync(second).toString()).toBe(page("ABCDEFGHIJKLMNOPQRSTUVWX"));
    // Still compressed: the repeated paragraphs are not sent as they are.
    expect(first.length).toBeLessThan(page("x").length / 20);
  });

  it("works without any hole, with holes at both ends, and refuses a filler of another length", () => {
    const plain = gzipTemplate(Buffer.from("rien à remplir"), hole);
    expect(gunzipSync(fillGzipTemplate(plain, Buffer.alloc(hole.length))).toString()).toBe("rien à remplir");
    const edges = gzipTemplate(Buffer.concat([hole, Buffer.from("milieu"), hole]), hole);
    expect(gunzipSync(fillGzipTemplate(edges, Buffer.from("x".repeat(24)))).toString()).toBe(`${"x".repeat(24)}milieu${"x".repeat(24)}`);
    expect(() => fillGzipTemplate(edges, Buffer.from("short"))).toThrow(/5 bytes for holes of 24/);
  });
});
