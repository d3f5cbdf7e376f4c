// `npm run db:migrate`: applies pending migrations to the configured database.
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { runCli } from "@/lib/cli/run";

runCli(async () => {
  const database = await prepareDatabase(console.log);
  console.log("The database is up to date.");
  await database.release();
});
