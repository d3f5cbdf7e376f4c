// The folded form of a name used to match aliases: accents, case, apostrophes, hyphens and spacing do
// not matter ("Régis  Colcombet" = "regis colcombet", "l’Armée" = "l'armee"). Safe in the browser.
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[-‐‑–—_]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
