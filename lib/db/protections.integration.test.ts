// The database itself enforces what must never be bypassed, even by a raw SQL session: the audit log
// is append-only, text revisions and published dossier versions are immutable, spans are well formed.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { withClient } from "@/lib/testing/temp-database";

const url = inject("databaseUrl");

async function insertAuditEntry(client: pg.Client): Promise<string> {
  const targetId = randomUUID();
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO audit_log (action, "targetType", "targetId") VALUES ('test.protection', 'test', $1) RETURNING id`,
    [targetId],
  );
  return String(rows[0]?.id);
}

async function insertUser(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO users (email, name, role, "updatedAt") VALUES ($1, 'Protection Test', 'EDITOR', now()) RETURNING id`,
    [`protection-${randomUUID().slice(0, 8)}@test.local`],
  );
  return String(rows[0]?.id);
}

describe("database protections", () => {
  it("refuses UPDATE, DELETE and TRUNCATE of the audit log, and the entry stays as written", async () => {
    await withClient(url, async (client) => {
      const id = await insertAuditEntry(client);
      await expect(client.query(`UPDATE audit_log SET action = 'tampered' WHERE id = $1`, [id])).rejects.toThrow("audit_log is append-only: UPDATE refused");
      await expect(client.query(`DELETE FROM audit_log WHERE id = $1`, [id])).rejects.toThrow("audit_log is append-only: DELETE refused");
      await expect(client.query(`TRUNCATE audit_log`)).rejects.toThrow("audit_log is append-only: TRUNCATE refused");
      const { rows } = await client.query(`SELECT action FROM audit_log WHERE id = $1`, [id]);
      expect(rows).toEqual([{ action: "test.protection" }]);
    });
  });

  it("refuses UPDATE of an article revision", async () => {
    await withClient(url, async (client) => {
      const { rows } = await client.query<{ id: string; text: string }>(`SELECT id, text FROM article_revisions LIMIT 1`);
      const revision = rows[0];
      expect(revision, "the demo seed provides revisions").toBeDefined();
      await expect(client.query(`UPDATE article_revisions SET text = 'rewritten' WHERE id = $1`, [revision?.id])).rejects.toThrow(
        "article_revisions is append-only: UPDATE refused",
      );
      const after = await client.query(`SELECT text FROM article_revisions WHERE id = $1`, [revision?.id]);
      expect(after.rows).toEqual([{ text: revision?.text }]);
    });
  });

  it("refuses UPDATE of a published dossier version", async () => {
    await withClient(url, async (client) => {
      const userId = await insertUser(client);
      const { rows: dossiers } = await client.query<{ id: string }>(
        `INSERT INTO dossiers (slug, title, "ownerId", "updatedAt") VALUES ($1, 'Protected', $2, now()) RETURNING id`,
        [`protected-${randomUUID()}`, userId],
      );
      const { rows: versions } = await client.query<{ id: string }>(
        `INSERT INTO dossier_versions ("dossierId", number, title, snapshot, "publishedById") VALUES ($1, 1, 'v1', '{}', $2) RETURNING id`,
        [dossiers[0]?.id, userId],
      );
      await expect(client.query(`UPDATE dossier_versions SET title = 'rewritten' WHERE id = $1`, [versions[0]?.id])).rejects.toThrow(
        "dossier_versions is append-only: UPDATE refused",
      );
    });
  });

  it("refuses a span annotation whose span is empty or reversed", async () => {
    await withClient(url, async (client) => {
      const { rows } = await client.query<{ article: string; revision: string }>(`SELECT "articleId" AS article, id AS revision FROM article_revisions LIMIT 1`);
      const target = rows[0];
      const insert = (start: number | null, end: number | null, scope = "SPAN") =>
        client.query(`INSERT INTO annotations ("articleId", "revisionId", kind, scope, start, "end", "updatedAt") VALUES ($1, $2, 'DATE', $3, $4, $5, now())`, [
          target?.article,
          target?.revision,
          scope,
          start,
          end,
        ]);
      await expect(insert(10, 10)).rejects.toThrow("annotations_span_check");
      await expect(insert(10, 5)).rejects.toThrow("annotations_span_check");
      await expect(insert(null, null)).rejects.toThrow("annotations_span_check");
      await expect(insert(0, 4, "DOCUMENT")).rejects.toThrow("annotations_span_check");
      // Sanity: a well-formed span is accepted, inside a transaction rolled back to leave no trace.
      await client.query("BEGIN");
      await expect(insert(0, 4)).resolves.toMatchObject({ rowCount: 1 });
      await client.query("ROLLBACK");
    });
  });
});
