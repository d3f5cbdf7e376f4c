// The production web server (`npm start`): Next.js, with published reading pages answered from memory
// before Next.js' own routing (lib/dossiers/reading-page-cache.ts). A request the cache does not
// answer, or one it fails on, goes to Next.js unchanged.
import "server-only";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { serveReadingPage } from "@/lib/dossiers/reading-page-cache";
import { loopbackOf, loopbackRender } from "@/lib/server/loopback-render";

export type WebServerOptions = { port: number; hostname?: string; secret: string };

export async function startWebServer({ port, hostname, secret }: WebServerOptions): Promise<{ server: Server; close: () => Promise<void> }> {
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
    const render = () => loopbackRender(loopbackOf(server.address() as AddressInfo), request);
    serveReadingPage(request, response, { secret, render })
      .catch((error: unknown) => {
        console.error(`Reading page cache: ${error instanceof Error ? error.message : String(error)}`);
        return response.headersSent;
      })
      .then((served) => (served ? undefined : handle(request, response)))
      .catch((error: unknown) => {
        console.error(`Request ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
        response.destroy();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve());
  });
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.close();
  };
  return { server, close };
}
