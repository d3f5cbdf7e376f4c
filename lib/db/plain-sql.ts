// Plain SQL on the Prisma client's own connection pool, for hot paths (bulk import, search): Prisma
// spends one to several milliseconds of CPU per statement (its query compiler runs even for raw SQL),
// which caps a bulk import well below what the database can take and dominates a fast search.
// Statements are still written with Prisma.sql, so values are always bound parameters.
import type { Database } from "@/lib/db/client";
import { poolOf } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type SqlClient = { query<Row>(statement: Prisma.Sql): Promise<Row[]> };

/** The same interface over a Prisma transaction, so the statements join it. */
export function sqlClientOf(tx: Prisma.TransactionClient): SqlClient {
  return { query: (statement) => tx.$queryRaw(statement) };
}

/** Single statements straight on the pool (each is its own transaction). */
export function plainSql(client: Database): SqlClient {
  return { query: async <Row,>(statement: Prisma.Sql) => (await poolOf(client).query(statement.text, statement.values)).rows as Row[] };
}

export async function sqlTransaction<T>(client: Database, run: (sql: SqlClient) => Promise<T>): Promise<T> {
  const connection = await poolOf(client).connect();
  let broken: Error | undefined;
  try {
    await connection.query("BEGIN");
    const result = await run({ query: async <Row,>(statement: Prisma.Sql) => (await connection.query(statement.text, statement.values)).rows as Row[] });
    await connection.query("COMMIT");
    return result;
  } catch (error) {
    // A connection whose rollback fails is dropped from the pool rather than reused mid-transaction.
    await connection.query("ROLLBACK").catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    connection.release(broken);
  }
}
