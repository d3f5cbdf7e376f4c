import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { loopbackOf, loopbackRender, RENDER_HEADER } from "@/lib/server/loopback-render";

describe("loopbackRender", () => {
  it("sends the request again as a bodiless, uncompressed GET marked for Next.js, and returns the whole answer", async () => {
    let seen: IncomingMessage["headers"] = {};
    const server = createServer((request, response) => {
      seen = request.headers;
      response.writeHead(200, { "content-type": "text/html", "set-cookie": ["a=1", "b=2"] }).end(`<p>${request.method} ${request.url}</p>`);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      // A client that claims a body on its GET must not leave the copy waiting for it.
      const original = { url: "/dossiers/x?y=1", headers: { cookie: "session=abc", "accept-encoding": "gzip, br", "content-length": "5", connection: "keep-alive", host: "cms.example.org" } } as unknown as IncomingMessage;
      const page = await loopbackRender(loopbackOf(server.address() as AddressInfo), original);
      expect(page.status).toBe(200);
      expect(page.body.toString()).toBe("<p>GET /dossiers/x?y=1</p>");
      expect(page.headers["set-cookie"]).toBe("a=1, b=2");
      expect(seen).toMatchObject({ cookie: "session=abc", "accept-encoding": "identity", host: "cms.example.org", [RENDER_HEADER]: "1" });
      expect(seen["content-length"]).toBeUndefined();
    } finally {
      server.close();
    }
  });

  it("reaches a server listening everywhere on its loopback address", () => {
    expect(loopbackOf({ address: "::", family: "IPv6", port: 3000 })).toEqual({ host: "::1", port: 3000 });
    expect(loopbackOf({ address: "0.0.0.0", family: "IPv4", port: 3000 })).toEqual({ host: "127.0.0.1", port: 3000 });
    expect(loopbackOf({ address: "10.0.0.5", family: "IPv4", port: 80 })).toEqual({ host: "10.0.0.5", port: 80 });
  });
});
