// prisma/migrations and prisma/schema.prisma must describe the same database: the app's queries are
// typed from the schema, but production runs what the migrations built. A is built by our migration
// runner, B by the SQL Prisma derives from schema.prisma alone; their catalogs must match.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { describeProtections, describeSchema, diffSchemas, type SchemaDescription } from "@/lib/testing/describe-schema";
import { createTempDatabase, withClient, type TempDatabase } from "@/lib/testing/temp-database";

const serverUrl = inject("databaseUrl");

async function schemaPrismaSql(): Promise<string> {
  const { stdout } = await promisify(execFile)(
    "npx",
    ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script", "--config", "prisma/prisma.config.ts"],
    // The CLI's WebAssembly engine opens a connection even for a diff of files; it changes nothing there.
    { env: { ...process.env, DATABASE_URL: serverUrl }, maxBuffer: 16 * 1024 * 1024 },
  );
  return stdout;
}

describe("schema parity", () => {
  let fromMigrations: TempDatabase;
  let fromSchema: TempDatabase;
  let migrated: SchemaDescription;
  let declared: SchemaDescription;

  beforeAll(async () => {
    fromMigrations = await createTempDatabase(serverUrl, "parity_migrations");
    fromSchema = await createTempDatabase(serverUrl, "parity_schema");
    await migrate(fromMigrations.url);
    const sql = await schemaPrismaSql();
    await withClient(fromSchema.url, (client) => client.query(sql));
    migrated = await withClient(fromMigrations.url, describeSchema);
    declared = await withClient(fromSchema.url, describeSchema);
  }, 120_000);

  afterAll(async () => {
    await fromMigrations?.drop();
    await fromSchema?.drop();
  });

  it("builds a real schema both ways (guards against comparing two empty databases)", () => {
    for (const description of [migrated, declared]) {
      expect(description.tables).toEqual(expect.arrayContaining(["users", "articles", "article_revisions", "audit_log", "dossier_versions"]));
      expect(description.columns.length).toBeGreaterThan(100);
      expect(description.constraints.some((line) => line.includes("FOREIGN KEY"))).toBe(true);
      expect(description.enums).toContain("Role (ADMIN, EDITOR, ANALYST, READER)");
    }
  });

  it("describes the same tables, columns, indexes, keys, enums and sequences", () => {
    // The diff first: on failure it names exactly the lines that differ.
    expect(diffSchemas(migrated, declared)).toEqual({ onlyInFirst: [], onlyInSecond: [] });
    expect(declared).toEqual(migrated);
  });

  it("notices a difference (the comparison is not blind)", async () => {
    // Changed inside a transaction that is rolled back, so the database stays as schema.prisma built it.
    const changed = await withClient(fromSchema.url, async (client) => {
      await client.query("BEGIN");
      try {
        await client.query(`CREATE INDEX "users_name_idx" ON "users"("name")`);
        await client.query(`ALTER TABLE "users" ALTER COLUMN "locale" SET DEFAULT 'en'`);
        await client.query(`ALTER TYPE "Role" ADD VALUE 'GUEST'`);
        return await describeSchema(client);
      } finally {
        await client.query("ROLLBACK");
      }
    });
    const { onlyInFirst, onlyInSecond } = diffSchemas(migrated, changed);
    expect(onlyInFirst).toEqual([`columns: users.locale text NOT NULL DEFAULT 'fr'::text`, "enums: Role (ADMIN, EDITOR, ANALYST, READER)"]);
    expect(onlyInSecond).toEqual([
      `columns: users.locale text NOT NULL DEFAULT 'en'::text`,
      "indexes: CREATE INDEX users_name_idx ON users USING btree (name)",
      "enums: Role (ADMIN, EDITOR, ANALYST, READER, GUEST)",
    ]);
  });

  it("keeps the protections only the migrations can add", async () => {
    const protections = await withClient(fromMigrations.url, describeProtections);
    expect(protections.functions).toContain("refuse_change plpgsql");
    expect(protections.triggers).toEqual(
      expect.arrayContaining([
        "CREATE TRIGGER audit_log_append_only BEFORE DELETE OR UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_change()",
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()",
        "CREATE TRIGGER article_revisions_immutable BEFORE UPDATE ON article_revisions FOR EACH ROW EXECUTE FUNCTION refuse_change()",
        "CREATE TRIGGER dossier_versions_immutable BEFORE UPDATE ON dossier_versions FOR EACH ROW EXECUTE FUNCTION refuse_change()",
      ]),
    );
    expect(protections.checks.some((line) => line.startsWith("annotations.annotations_span_check CHECK"))).toBe(true);
    expect(protections.partialIndexes).toEqual(
      expect.arrayContaining([
        `CREATE INDEX "articles_searchVector_sample5_idx" ON articles USING gin ("searchVector") WHERE ("sampleKey" < 5)`,
        `CREATE INDEX "articles_searchVector_sample50_idx" ON articles USING gin ("searchVector") WHERE ("sampleKey" < 50)`,
        `CREATE INDEX "articles_searchVector_sample200_idx" ON articles USING gin ("searchVector") WHERE ("sampleKey" < 200)`,
      ]),
    );

    // schema.prisma cannot express them, which is why the parity comparison leaves them out.
    expect(await withClient(fromSchema.url, describeProtections)).toEqual({ triggers: [], checks: [], functions: [], partialIndexes: [] });
  });
});
