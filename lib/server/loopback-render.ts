// A page rendered by this very server, as the browser that asked would get it but uncompressed: the
// same request sent again over loopback, marked so that it goes to Next.js rather than a cache.
import { request as httpRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { RenderedPage } from "@/lib/server/page-cache";

export const RENDER_HEADER = "x-render-for-cache";

// Headers about the original connection or a request body: the copy is a bodiless GET of its own.
const connectionHeaders = new Set(["connection", "content-length", "expect", "keep-alive", "te", "trailer", "transfer-encoding", "upgrade"]);

/** Where this server can reach itself: its own port on the loopback address it listens on. */
export function loopbackOf(address: AddressInfo): { host: string; port: number } {
  const unspecified = address.address === "::" || address.address === "0.0.0.0";
  return { host: unspecified ? (address.family === "IPv6" ? "::1" : "127.0.0.1") : address.address, port: address.port };
}

export function loopbackRender(target: { host: string; port: number }, original: IncomingMessage): Promise<RenderedPage> {
  return new Promise((resolve, reject) => {
    const kept = Object.entries(original.headers).filter(([name]) => !connectionHeaders.has(name));
    const headers = { ...Object.fromEntries(kept), "accept-encoding": "identity", [RENDER_HEADER]: "1" };
    const outgoing = httpRequest({ host: target.host, port: target.port, method: "GET", path: original.url, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const flat = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : (value ?? "")]));
        resolve({ status: response.statusCode ?? 500, headers: flat, body: Buffer.concat(chunks) });
      });
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}
