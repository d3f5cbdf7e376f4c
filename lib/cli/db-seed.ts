// `npm run db:seed`: loads the demo accounts and articles (idempotent).
import { createPrismaClient } from "@/lib/db/client";
import { seedDemo } from "@/lib/demo/seed-demo";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { runCli } from "@/lib/cli/run";

runCli(async () => {
  const database = await prepareDatabase(console.log);
  const db = createPrismaClient(database.url);
  await seedDemo(db);
  await db.$disconnect();
  await database.release();
  console.log("Demo data loaded: admin@, editor@, analyst@, reader@demo.local, password demo-password.");
});
