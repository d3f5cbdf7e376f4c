// The analyst's commentary, Markdown → HTML that is safe to insert as is: raw HTML is shown as text,
// links and images must be http(s) or mailto (no javascript:, data:, vbscript:), links open without
// handing the page to the target. Pure.
import MarkdownIt from "markdown-it";

const SAFE_LINK = /^(https?:|mailto:)/i;

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Whether a link target is one a page may offer: http(s) or mailto, never script or inline data. */
export function isSafeLink(url: string): boolean {
  return SAFE_LINK.test(url.trim());
}

markdown.validateLink = isSafeLink;
markdown.disable(["image"]);

const renderLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index]?.attrSet("rel", "noopener noreferrer nofollow");
  return renderLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
