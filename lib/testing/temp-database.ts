// Fresh, empty databases on the test server, for tests that need one of their own (the migration
// runner, schema parity), and a one-shot client helper.
import { randomBytes } from "node:crypto";
import { withClient } from "@/lib/db/connection";

export type TempDatabase = { name: string; url: string; drop: () => Promise<void> };

export { withClient };

export async function createTempDatabase(serverUrl: string, label: string): Promise<TempDatabase> {
  if (!/^[a-z0-9_]+$/.test(label)) throw new Error(`Database label must be lower-case letters, digits or _: ${label}`);
  const name = `test_${label}_${randomBytes(4).toString("hex")}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    // FORCE: a failed test may leave a connection open; the database must go anyway.
    drop: () => withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
