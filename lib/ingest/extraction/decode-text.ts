// Bytes → text for the plain-text formats: BOMs, strict UTF-8, else Windows-1252 (which covers
// Latin-1's printable range, and is what legacy French files nearly always are). Binary data is refused.
import { ExtractionError } from "@/lib/ingest/extraction/types";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

// Windows-1252's 0x80–0x9F (curly quotes, dashes, €, œ…). Decoded by hand: Node 20's TextDecoder
// treats "windows-1252" as Latin-1 and turns these into invisible control characters.
const cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? cp1252High[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** Control characters other than tab, line feed, form feed and carriage return: binary data. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) control++;
  }
  return control > sample.length * 0.01;
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  if (looksBinary(bytes)) throw new ExtractionError("This looks like binary data, not text.");
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: strictUtf8.decode(body), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(body), encoding: "windows-1252" };
  }
}
