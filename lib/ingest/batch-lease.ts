// Who is running a batch: the process importing it ("host:pid") renews its heartbeat every few seconds.
// A RUNNING batch whose heartbeat is older than STALE_AFTER_SECONDS, or whose process on this host is
// gone, lost its runner (killed, crashed, the server restarted): it shows as interrupted and another
// run may take it over. A heartbeat on the batch rather than a "processing" state per item: an item
// is written once, committed with its article, so only the batch itself can be left behind.
import { hostname } from "node:os";
import type { Database } from "@/lib/db/client";
import type { ImportStatus } from "@/lib/generated/prisma/enums";

const HEARTBEAT_MS = 10_000;
// Six missed heartbeats: a busy but living process (a long PDF, a slow database) is never taken over.
export const STALE_AFTER_SECONDS = 60;

export type BatchState = ImportStatus | "INTERRUPTED";
export type Lease = { id: string; status: ImportStatus; heartbeatAt: Date; runner: string | null };

/** This process, as a batch's runner. */
export const thisRunner = `${hostname()}:${process.pid}`;

export function batchState(lease: Omit<Lease, "id">, now = Date.now()): BatchState {
  if (lease.status !== "RUNNING") return lease.status;
  return now - lease.heartbeatAt.getTime() > STALE_AFTER_SECONDS * 1000 || runnerIsGone(lease.runner) ? "INTERRUPTED" : "RUNNING";
}

// Only a process of this host can be looked up; elsewhere the heartbeat decides.
function runnerIsGone(runner: string | null): boolean {
  const [host, pid] = (runner ?? "").split(":");
  if (host !== hostname() || !pid || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** Takes over an interrupted batch, atomically (the lease read must still hold): of two runs trying at once, one gets it. */
export async function claimInterruptedBatch(client: Database, lease: Lease): Promise<boolean> {
  if (batchState(lease) !== "INTERRUPTED") return false;
  const { count } = await client.importBatch.updateMany({
    where: { id: lease.id, status: "RUNNING", heartbeatAt: lease.heartbeatAt, runner: lease.runner },
    data: { heartbeatAt: new Date(), runner: thisRunner },
  });
  return count === 1;
}

/** Renews the heartbeat until the returned function is called. */
export function keepBatchAlive(client: Database, batchId: string): () => void {
  const timer = setInterval(() => {
    // A failed beat (the database briefly away) is retried by the next one; the import's own
    // queries report an outage that lasts.
    client.importBatch.updateMany({ where: { id: batchId, status: "RUNNING" }, data: { heartbeatAt: new Date() } }).catch(() => undefined);
  }, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
}

export async function finishBatch(client: Database, batchId: string): Promise<void> {
  await client.importBatch.update({ where: { id: batchId }, data: { status: "DONE", finishedAt: new Date() } });
}
