import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { parseCookieHeader, sessionClaimsOfCookies } from "@/lib/auth/session-cookie";

const secret = "a-secret-for-the-session-cookie-tests-only";

describe("parseCookieHeader", () => {
  it("reads names and decoded values, keeping the first of a repeated name", () => {
    const cookies = parseCookieHeader(" a=1; b=x%20y ; a=2; broken; =empty; c=%E0%A4%A");
    expect([...cookies]).toEqual([
      ["a", "1"],
      ["b", "x y"],
      ["c", "%E0%A4%A"],
    ]);
    expect(parseCookieHeader(undefined).size).toBe(0);
  });
});

describe("sessionClaimsOfCookies", () => {
  it("gives the user id and session version of a valid session cookie", async () => {
    const token = await encode({ token: { sub: "user-1", sessionVersion: 3 }, secret });
    expect(await sessionClaimsOfCookies(new Map([["next-auth.session-token", token]]), secret)).toEqual({ userId: "user-1", sessionVersion: 3 });
    // Read again from memory: the same answer.
    expect(await sessionClaimsOfCookies(new Map([["next-auth.session-token", token]]), secret)).toEqual({ userId: "user-1", sessionVersion: 3 });
  });

  it("refuses a missing, foreign, garbled or expired token", async () => {
    const foreign = await encode({ token: { sub: "user-1" }, secret: "another-secret-another-secret-another" });
    const expired = await encode({ token: { sub: "user-1" }, secret, maxAge: -1 });
    for (const cookies of [new Map(), new Map([["next-auth.session-token", foreign]]), new Map([["next-auth.session-token", "garbage"]]), new Map([["next-auth.session-token", expired]])]) {
      expect(await sessionClaimsOfCookies(cookies, secret)).toBeNull();
    }
  });
});
