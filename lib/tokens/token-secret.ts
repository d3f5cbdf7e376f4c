// Personal access token secrets: `dcms_` and 32 random bytes in base64url. Only their SHA-256 is
// stored. A slow password hash (argon2) protects guessable human passwords against offline guessing;
// a 256-bit random secret cannot be guessed, so a fast hash loses nothing and lets every API request
// find its token with one indexed lookup.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "dcms_";
const SECRET_PATTERN = /^dcms_[A-Za-z0-9_-]{43}$/;
// `dcms_` and 6 characters: enough to recognise a token in a list, far too few to help guess it.
const DISPLAY_LENGTH = TOKEN_PREFIX.length + 6;

export function generateTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { secret, hash: hashTokenSecret(secret), prefix: secret.slice(0, DISPLAY_LENGTH) };
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/**
 * The secret of an `Authorization: Bearer …` header; null when the header is absent; "malformed"
 * when a Bearer header carries something that is not one of our tokens.
 */
export function bearerSecret(header: string | null): string | null | "malformed" {
  if (header === null) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] && SECRET_PATTERN.test(match[1]) ? match[1] : "malformed";
}
