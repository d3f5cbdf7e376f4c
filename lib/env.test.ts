// Configuration checks: single sign-on is all three OIDC variables or none, with sensible defaults.
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const oidc = { OIDC_ISSUER: "https://id.example.org/realms/newsroom", OIDC_CLIENT_ID: "cms", OIDC_CLIENT_SECRET: "s3cret" };

describe("parseEnv: single sign-on", () => {
  it("leaves single sign-on off when no OIDC variable is set", () => {
    const env = parseEnv({});
    expect(env.OIDC_ISSUER).toBeUndefined();
    expect(env).toMatchObject({ OIDC_NAME: "SSO", OIDC_DEFAULT_ROLE: "READER", OIDC_AUTO_CREATE: true });
  });

  it("accepts the three variables, a button label, a default role and auto-creation turned off", () => {
    expect(parseEnv({ ...oidc, OIDC_NAME: "Keycloak", OIDC_DEFAULT_ROLE: "ANALYST", OIDC_AUTO_CREATE: "false" })).toMatchObject({
      ...oidc,
      OIDC_NAME: "Keycloak",
      OIDC_DEFAULT_ROLE: "ANALYST",
      OIDC_AUTO_CREATE: false,
    });
  });

  it("refuses a partial configuration, naming what is missing", () => {
    expect(() => parseEnv({ OIDC_ISSUER: oidc.OIDC_ISSUER, OIDC_CLIENT_ID: "cms" })).toThrow(
      "Invalid configuration: OIDC_ISSUER: set all of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET, or none of them",
    );
    expect(() => parseEnv({ OIDC_CLIENT_SECRET: "s3cret" })).toThrow(/set all of OIDC_ISSUER/);
  });

  it("refuses an issuer that is not a URL and a role that does not exist", () => {
    expect(() => parseEnv({ ...oidc, OIDC_ISSUER: "id.example.org" })).toThrow(/OIDC_ISSUER must be the issuer's URL/);
    expect(() => parseEnv({ ...oidc, OIDC_DEFAULT_ROLE: "ROOT" })).toThrow(/OIDC_DEFAULT_ROLE is ADMIN, EDITOR, ANALYST or READER/);
  });
});
