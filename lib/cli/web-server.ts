// The production web server's process, started by `npm start` (lib/cli/serve.ts) and the benchmarks
// with the database, secret and port (PORT) in its environment. Runs with the react-server
// condition, as the rest of lib/ expects. `--hostname 127.0.0.1` keeps it on loopback (the
// benchmarks); by default it listens everywhere, as `next start` does.
import { getEnv } from "@/lib/env";
import { runCli } from "@/lib/cli/run";
import { startWebServer } from "@/lib/server/web-server";

runCli(async () => {
  const env = getEnv();
  if (!env.AUTH_SECRET) throw new Error("AUTH_SECRET is not set.");
  const hostnameFlag = process.argv.indexOf("--hostname");
  const hostname = hostnameFlag > 0 ? process.argv[hostnameFlag + 1] : undefined;
  const { close } = await startWebServer({ port: env.PORT, hostname, secret: env.AUTH_SECRET });
  console.log(`Listening on port ${env.PORT}.`);
  await new Promise<void>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  await close();
});
