// Turns a selected date expression into comparable tokens: lowercase, no accents, apostrophes and
// word hyphens as spaces, "1er"/"5th" as plain numbers, numeric ranges ("2015-2018") split around "-".

const ORDINAL_NUMBER = /^(\d{1,2})(?:er|re|eme|e|st|nd|rd|th)$/;

export function tokenizeDateExpression(expression: string): string[] {
  const text = expression
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'‘ʼ`´]/g, " ")
    .replace(/[,;:()[\]«»"“”!?]/g, " ")
    // Full stops end abbreviations ("janv.") and sentences; before a digit they separate a numeric date.
    .replace(/\.(?!\d)/g, " ")
    // "mi-mars", "avant-hier", "mid-2022": the hyphen only joins words.
    .replace(/(\p{L})-/gu, "$1 ")
    .replace(/[–—]/g, " - ")
    // A hyphen between two years or two days is a range; ISO dates (two hyphens) stay whole.
    .replace(/(^|\s)(\d{4})-(\d{4})(?=\s|$)/g, "$1$2 - $3")
    .replace(/(^|\s)(\d{1,2})-(\d{1,2})(?=\s|$)/g, "$1$2 - $3");
  return text
    .split(/\s+/)
    .filter((token) => token !== "")
    .map((token) => ORDINAL_NUMBER.exec(token)?.[1] ?? token);
}
