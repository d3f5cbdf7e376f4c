// Text-quote selectors for annotation spans: the quote and its context, and the checks that keep a
// span honest. Pure, so the annotation editor in the browser and the server share it. Offsets are
// UTF-16 code units, the same as JavaScript string indices.

export type TextQuote = { quote: string; prefix: string; suffix: string };

export type SpanCheck = { ok: true } | { ok: false; message: string };

const MESSAGE_EXCERPT_LENGTH = 60;

export function describeSpan(text: string, start: number, end: number, contextLength = 32): TextQuote {
  let prefixStart = Math.max(0, start - contextLength);
  let suffixEnd = Math.min(text.length, end + contextLength);
  // Shrink rather than widen the context so it never carries half of an emoji.
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}

export function checkSpan(text: string, span: { start: number; end: number; quote: string }): SpanCheck {
  const { start, end, quote } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return fail(`The span offsets must be whole numbers, got ${start} and ${end}.`);
  }
  if (start < 0) return fail(`The span starts at ${start}, before the beginning of the text.`);
  if (end > text.length) return fail(`The span ends at ${end} but the text has ${text.length} characters.`);
  if (end < start) return fail("The span ends before it starts.");
  if (end === start) return fail("The span is empty: it must cover at least one character.");
  if (splitsSurrogatePair(text, start)) {
    return fail(`The span starts at ${start}, in the middle of a character (an emoji or other symbol).`);
  }
  if (splitsSurrogatePair(text, end)) {
    return fail(`The span ends at ${end}, in the middle of a character (an emoji or other symbol).`);
  }
  const actual = text.slice(start, end);
  if (actual !== quote) {
    return fail(`The quote does not match the text at ${start}–${end}: the text there is “${shortenForMessage(actual)}”.`);
  }
  return { ok: true };
}

/** True when `offset` falls between the two halves of a surrogate pair, i.e. inside one character. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** A quote short enough to read in a message, cut on a character boundary. */
export function shortenForMessage(quote: string): string {
  if (quote.length <= MESSAGE_EXCERPT_LENGTH) return quote;
  let cut = MESSAGE_EXCERPT_LENGTH;
  if (splitsSurrogatePair(quote, cut)) cut -= 1;
  return `${quote.slice(0, cut)}…`;
}

function fail(message: string): SpanCheck {
  return { ok: false, message };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
