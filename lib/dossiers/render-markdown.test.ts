import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/dossiers/render-markdown";

describe("renderMarkdown", () => {
  it("renders emphasis, lists and safe links", () => {
    const html = renderMarkdown("**Rabat** et *Paris*\n\n- un\n- deux\n\n[source](https://example.org/a)");
    expect(html).toContain("<strong>Rabat</strong>");
    expect(html).toContain("<em>Paris</em>");
    expect(html).toContain("<li>deux</li>");
    expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer nofollow">source</a>');
  });

  it.each([
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=https://evil.example></iframe>",
    '<svg onload="alert(1)"></svg>',
  ])("shows raw HTML %s as text, never as markup", (payload) => {
    const html = renderMarkdown(`avant ${payload} après`);
    expect(html).not.toMatch(/<(script|img|iframe|svg)\b/i);
    expect(html).not.toMatch(/href="(?!https:)/i);
    expect(html).toContain("&lt;");
  });

  it.each(["javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)"])(
    "refuses the link target %s",
    (target) => {
      const html = renderMarkdown(`[cliquez](${target})`);
      expect(html).not.toContain("<a ");
      expect(html.toLowerCase()).not.toContain('href="javascript');
    },
  );

  it("does not render images, whatever their source", () => {
    expect(renderMarkdown("![x](https://example.org/pixel.png)")).not.toContain("<img");
  });
});
