// Password hashing with Argon2id (OWASP parameters: 19 MiB, 2 iterations).
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Verified instead when the account does not exist, so a missing account costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword("no account has this password");
  try {
    const ok = await verify(passwordHash ?? (await dummyHash), password);
    return ok && Boolean(passwordHash);
  } catch {
    return false;
  }
}
