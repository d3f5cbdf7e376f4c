// Markdown kept as text: the markup symbols go, the words and paragraphs stay.
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^```[^\n]*\n([\s\S]*?)^```\s*$/gm, "$1")
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, "$1")
    .replace(/^[ \t]{0,3}>[ \t]?/gm, "")
    .replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, "")
    .replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\p{L}\d])([*_])(.+?)\2(?![\p{L}\d])/gu, "$1$3")
    .replace(/`([^`]+)`/g, "$1");
}
