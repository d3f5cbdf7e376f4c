// The address of the request a change is made in, for its audit entry: set once by the API wrapper
// (lib/api/handler.ts) for everything the request's handler does, so the lib/ functions that record
// changes need not pass it along.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

const requestContext = new AsyncLocalStorage<{ ip: string | null }>();

export function withRequestIp<T>(ip: string | null, run: () => Promise<T>): Promise<T> {
  return requestContext.run({ ip }, run);
}

/** The address of the request being handled, or null outside one (command-line tools, tests). */
export function currentRequestIp(): string | null {
  return requestContext.getStore()?.ip ?? null;
}
