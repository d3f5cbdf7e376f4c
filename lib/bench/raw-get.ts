// A GET as the benchmarks send it: node:http with keep-alive, asking for gzip as browsers do, timed
// until the last byte arrives. Lighter than fetch: on this 2-core machine the client shares the CPU
// with the server, and fetch's streams and gzip decoding cost about 2 ms per small JSON answer and 3
// ms per 1 MB page (a plain Node.js server sending one gzipped page: 300 requests/s through fetch,
// 3,000 through node:http). Decoding, when a benchmark checks the answer, happens after the timing.
import http, { type IncomingHttpHeaders } from "node:http";
import { gunzipSync } from "node:zlib";

export type RawAnswer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

const agent = new http.Agent({ keepAlive: true });

export function rawGet(url: string, cookie: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { cookie, "accept-encoding": "gzip, deflate, br" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

/** The answer's body as text, ungzipped when it came gzipped. */
export function decodedText({ headers, body }: RawAnswer): string {
  return (headers["content-encoding"] === "gzip" ? gunzipSync(body) : body).toString("utf8");
}
