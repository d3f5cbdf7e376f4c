// The analyst's commentary, Markdown → HTML that is safe to insert as is: raw HTML is shown as text,
// links and images must be http(s) or mailto (no javascript:, data:, vbscript:), links open without
// handing the page to the target. Pure.
import MarkdownIt from "markdown-it";

const SAFE_LINK = /^(https?:|mailto:)/i;

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

markdown.validateLink = (url) => SAFE_LINK.test(url.trim());
markdown.disable(["image"]);

const renderLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index]?.attrSet("rel", "noopener noreferrer nofollow");
  return renderLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
