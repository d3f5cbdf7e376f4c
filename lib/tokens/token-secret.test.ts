import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bearerSecret, generateTokenSecret, hashTokenSecret } from "@/lib/tokens/token-secret";
import { tokenScopeFor } from "@/lib/validations/token";

describe("generateTokenSecret", () => {
  it("makes a recognisable 256-bit secret, its SHA-256 and a short display prefix", () => {
    const { secret, hash, prefix } = generateTokenSecret();
    expect(secret).toMatch(/^dcms_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret.slice(5), "base64url")).toHaveLength(32);
    expect(hash).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(prefix).toBe(secret.slice(0, 11));
  });

  it("never repeats itself", () => {
    const secrets = new Set(Array.from({ length: 1000 }, () => generateTokenSecret().secret));
    expect(secrets.size).toBe(1000);
  });
});

describe("hashTokenSecret", () => {
  it("is deterministic and differs for different secrets", () => {
    const { secret } = generateTokenSecret();
    expect(hashTokenSecret(secret)).toBe(hashTokenSecret(secret));
    expect(hashTokenSecret(secret)).not.toBe(hashTokenSecret(`${secret.slice(0, -1)}x`));
  });
});

describe("bearerSecret", () => {
  const { secret } = generateTokenSecret();

  it("is null without an Authorization header", () => {
    expect(bearerSecret(null)).toBeNull();
  });

  it("reads a Bearer token, whatever the scheme's case", () => {
    expect(bearerSecret(`Bearer ${secret}`)).toBe(secret);
    expect(bearerSecret(`bearer ${secret}`)).toBe(secret);
  });

  it.each([["Basic dXNlcjpwYXNz"], ["Bearer"], ["Bearer abc"], [`Bearer ${secret}x`], [`Bearer ${secret} extra`], [`Token ${secret}`], [""]])(
    "calls %j malformed",
    (header) => {
      expect(bearerSecret(header)).toBe("malformed");
    },
  );
});

describe("tokenScopeFor", () => {
  it("asks read for GET and HEAD, write for anything else", () => {
    expect(tokenScopeFor("GET")).toBe("read");
    expect(tokenScopeFor("HEAD")).toBe("read");
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) expect(tokenScopeFor(method)).toBe("write");
  });
});
