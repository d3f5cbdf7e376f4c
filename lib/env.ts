// The one place that reads process.env: validated once, typed everywhere else.
import { z } from "zod";

const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((value) => value === "1" || value === "true" || value === "yes");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL").optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  APP_URL: z.string().url("APP_URL must be a URL such as https://cms.example.org").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().default(".data"),
  SEED_DEMO: booleanFlag,
  TRUST_PROXY: booleanFlag,
  LOG_QUERIES: booleanFlag,
  // Largest file accepted for import, in megabytes.
  IMPORT_MAX_FILE_MB: z.coerce.number().positive("IMPORT_MAX_FILE_MB must be a positive number").default(20),
  // Lets "import by URL" fetch addresses inside the private network (refused by default: SSRF).
  IMPORT_ALLOW_PRIVATE_URLS: booleanFlag,
  // Read by `npm run user:create` only, so a password never has to appear in the shell history.
  NEW_USER_PASSWORD: z.string().optional(),
  // Folder holding pg_dump, pg_restore and psql for `npm run db:backup` / `db:restore` (else PATH, then /usr/lib/postgresql/*/bin).
  PG_BIN_DIR: z.string().optional(),
  // Single sign-on through an OpenID Connect provider: all three, or none (README, "Single sign-on").
  OIDC_ISSUER: z.string().url("OIDC_ISSUER must be the issuer's URL, such as https://id.example.org/realms/newsroom").optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  // The sign-in button reads "Se connecter avec <OIDC_NAME>".
  OIDC_NAME: z.string().min(1).max(60).default("SSO"),
  // The role of accounts created at their first single sign-on; OIDC_AUTO_CREATE=false admits only existing accounts.
  OIDC_DEFAULT_ROLE: z.enum(["ADMIN", "EDITOR", "ANALYST", "READER"], { message: "OIDC_DEFAULT_ROLE is ADMIN, EDITOR, ANALYST or READER" }).default("READER"),
  OIDC_AUTO_CREATE: z
    .enum(["1", "0", "true", "false", "yes", "no", ""])
    .optional()
    .transform((value) => value === undefined || value === "" || value === "1" || value === "true" || value === "yes"),
});

const configuredEnvSchema = envSchema.superRefine((env, context) => {
  const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidc !== 0 && oidc !== 3) {
    context.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "set all of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET, or none of them" });
  }
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Validates a set of environment variables; throws naming the first wrong one. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = configuredEnvSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid configuration: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return parsed.data;
}

/** The database URL the app was started with; the launcher (lib/cli/serve.ts) always provides one. */
export function requireDatabaseUrl(): string {
  const url = getEnv().DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide it.");
  }
  return url;
}
