// Plain SQL transactions on the Prisma client's own connection pool, for bulk hot paths: an interactive
// Prisma transaction costs several milliseconds of CPU per statement (its query compiler runs even for
// raw SQL), which caps a bulk import well below what the database can take. Statements are still
// written with Prisma.sql, so values are always bound parameters.
import type { Database } from "@/lib/db/client";
import { poolOf } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type SqlClient = { query<Row>(statement: Prisma.Sql): Promise<Row[]> };

/** The same interface over a Prisma transaction (the statements join it) or the client itself (one statement). */
export function sqlClientOf(tx: Prisma.TransactionClient | Database): SqlClient {
  return { query: (statement) => tx.$queryRaw(statement) };
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
