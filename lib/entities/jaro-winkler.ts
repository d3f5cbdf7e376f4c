// Jaro-Winkler similarity (0–1) of two strings: the share of characters they have in common near the
// same place, with a bonus for a common beginning (up to four characters). Safe in the browser.
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  // Flags in reused buffers: this runs hundreds of thousands of times when the register looks for
  // duplicates, and allocating them each time kept the garbage collector busy.
  const matchedA = flags(0, a.length);
  const matchedB = flags(1, b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const last = Math.min(b.length - 1, i + window);
    for (let j = Math.max(0, i - window); j <= last; j++) {
      if (matchedB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  // Matched characters of a and of b, read in order: those that differ are transposed.
  let halfTranspositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) halfTranspositions++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - halfTranspositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const buffers = [new Uint8Array(64), new Uint8Array(64)];

function flags(which: 0 | 1, length: number): Uint8Array {
  if (length > (buffers[which] as Uint8Array).length) buffers[which] = new Uint8Array(length * 2);
  const buffer = buffers[which] as Uint8Array;
  buffer.fill(0, 0, length);
  return buffer;
}
