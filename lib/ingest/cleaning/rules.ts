// The clean-up rules as data: adding an outlet's boilerplate or another language is adding a line
// here, not changing the engine (clean-article-text.ts). Patterns match a whole trimmed line.

export type CleanupRuleName =
  | "metadata-prefix"
  | "photo-credit"
  | "boilerplate-line"
  | "author-blurb"
  | "repeated-paragraph"
  | "title-line"
  | "whitespace"
  | "unicode-nfc";

export type LineRule = {
  rule: "photo-credit" | "boilerplate-line";
  pattern: RegExp;
  reason: string;
  // Languages the pattern belongs to; absent: every language.
  languages?: readonly string[];
  // Longer lines are prose that happens to start the same way.
  maxLength: number;
};

export const lineRules: readonly LineRule[] = [
  // Photo credits
  { rule: "photo-credit", pattern: /^(?:photos?|crédits?\s+photos?|photo\s+credit|credit|image|foto|fotos?)\s*[:：©]/i, reason: "Photo credit, not part of the text.", maxLength: 160 },
  { rule: "photo-credit", pattern: /^(?:©|\(c\)|copyright\s)/i, reason: "Copyright or photo credit line.", maxLength: 160 },
  // French
  { rule: "boilerplate-line", pattern: /^publicit[ée]$/i, reason: "Advertisement marker.", languages: ["fr"], maxLength: 20 },
  { rule: "boilerplate-line", pattern: /^(?:à\s+)?lire(?:\s+(?:aussi|également|encore))?\s*[:：]/i, reason: "Cross-link to another article (“Lire : …”).", languages: ["fr"], maxLength: 220 },
  { rule: "boilerplate-line", pattern: /^(?:à\s+)?(?:lire|voir)\s+(?:aussi|également)$/i, reason: "Cross-link marker (“Lire aussi”).", languages: ["fr"], maxLength: 30 },
  { rule: "boilerplate-line", pattern: /^en\s+savoir\s+plus$/i, reason: "“En savoir plus” link.", languages: ["fr"], maxLength: 20 },
  { rule: "boilerplate-line", pattern: /^(?:partager|partagez|imprimer|envoyer par e-?mail|réagir|commenter)(?:\s+(?:sur|cet article|l'article))?.{0,30}$/i, reason: "Share or print button.", languages: ["fr"], maxLength: 50 },
  { rule: "boilerplate-line", pattern: /^(?:abonnez-vous|inscrivez-vous à (?:notre|la) newsletter).{0,80}$/i, reason: "Subscription prompt.", languages: ["fr"], maxLength: 120 },
  // English
  { rule: "boilerplate-line", pattern: /^(?:advertisement|sponsored content)$/i, reason: "Advertisement marker.", languages: ["en"], maxLength: 25 },
  { rule: "boilerplate-line", pattern: /^(?:read more|read also|see also|related)\s*[:：]?.{0,160}$/i, reason: "Cross-link to another article.", languages: ["en"], maxLength: 200 },
  { rule: "boilerplate-line", pattern: /^(?:share(?: this article| on \w+)?|print|email this article|subscribe to our newsletter)$/i, reason: "Share or subscription button.", languages: ["en"], maxLength: 40 },
  // Spanish, German, Arabic
  { rule: "boilerplate-line", pattern: /^(?:publicidad|lee también|leer más|compartir)\s*[:：]?.{0,160}$/i, reason: "Advertisement or cross-link.", languages: ["es"], maxLength: 200 },
  { rule: "boilerplate-line", pattern: /^(?:anzeige|werbung|lesen sie auch|mehr zum thema|teilen)\s*[:：]?.{0,160}$/i, reason: "Advertisement or cross-link.", languages: ["de"], maxLength: 200 },
  { rule: "boilerplate-line", pattern: /^(?:إعلان|اقرأ أيضا|اقرأ أيضاً|شارك)\s*[:：]?.{0,160}$/u, reason: "Advertisement or cross-link.", languages: ["ar"], maxLength: 200 },
  // Share buttons as bare network names, in any language.
  { rule: "boilerplate-line", pattern: /^(?:facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail)(?:\s*[|·•,]\s*(?:facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail))*$/i, reason: "Share buttons.", maxLength: 80 },
];

// ` date 2023-03 ` glued before the first sentence by some scrapers.
export const metadataPrefix = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+/i;

// Spam-site author blurbs ("Faiseur de troubles. Communicateur. Défenseur typique du café."): a last
// paragraph of at least three very short sentences using this vocabulary.
export const authorBlurbWords =
  /(?<!\p{L})(?:café|coffee|bacon|zombie|alcool|alcohol|internet|web|télévision|tv|twitter|musique|music|voyage|travel|fan|fanatique|fanatic|passionné|ninja|communicateur|communicator|défenseur|advocate|expert|évangéliste|evangelist|faiseur|troublemaker|pionnier|pioneer|érudit|scholar|amateur|geek|gourou|guru|explorateur|explorer|lecteur|reader|penseur|thinker)(?!\p{L})/giu;

// Repeats shorter than this are only removed when they sit next to a longer repeat (sub-headings of
// a duplicated block); a short line may legitimately occur twice.
export const repeatMinimumLength = 40;

// A leading title line: short, no closing punctuation, followed by the body.
export const titleMaximumLength = 180;
