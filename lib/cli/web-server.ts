// The production web server's process, started by `npm start` (lib/cli/serve.ts) and the benchmarks
// with the database, secret and port (PORT) in its environment. Runs with the react-server condition, as the
// rest of lib/ expects.
import { startWebServer } from "@/lib/server/web-server";
import { getEnv } from "@/lib/env";

const env = getEnv();
const secret = env.AUTH_SECRET;
if (!secret) throw new Error("AUTH_SECRET is not set.");
// `--hostname 127.0.0.1` keeps it on loopback (the benchmarks); by default it listens everywhere, as `next start` does.
const hostnameFlag = process.argv.indexOf("--hostname");
const hostname = hostnameFlag > 0 ? process.argv[hostnameFlag + 1] : undefined;
const { close } = await startWebServer({ port: env.PORT, hostname, secret });
console.log(`Listening on port ${env.PORT}.`);
const stop = () => void close().finally(() => process.exit(0));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
