// Jaro-Winkler similarity (0–1) of two strings: the share of characters they have in common near the
// same place, with a bonus for a common beginning (up to four characters). Safe in the browser.
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedInB = new Array<boolean>(b.length).fill(false);
  const matchesOfA: string[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (matchedInB[j] || a[i] !== b[j]) continue;
      matchedInB[j] = true;
      matchesOfA.push(a[i] as string);
      break;
    }
  }
  const matches = matchesOfA.length;
  if (!matches) return 0;
  const matchesOfB = [...b].filter((_, j) => matchedInB[j]);
  const transpositions = matchesOfA.filter((character, k) => character !== matchesOfB[k]).length / 2;
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
