import { hostname } from "node:os";
import { describe, expect, it } from "vitest";
import { batchState, STALE_AFTER_SECONDS, thisRunner } from "@/lib/ingest/batch-lease";

const now = Date.now();
const beat = (secondsAgo: number) => new Date(now - secondsAgo * 1000);
// A pid no process has: above the kernel's pid_max.
const deadRunner = `${hostname()}:4194305`;

describe("import batch lease", () => {
  it("tells a running batch from one whose process stopped beating or is gone", () => {
    expect(batchState({ status: "RUNNING", heartbeatAt: beat(5), runner: thisRunner }, now)).toBe("RUNNING");
    expect(batchState({ status: "RUNNING", heartbeatAt: beat(STALE_AFTER_SECONDS + 1), runner: thisRunner }, now)).toBe("INTERRUPTED");
    expect(batchState({ status: "RUNNING", heartbeatAt: beat(5), runner: deadRunner }, now)).toBe("INTERRUPTED");
    expect(batchState({ status: "RUNNING", heartbeatAt: beat(5), runner: `${hostname()}:${process.ppid}` }, now)).toBe("RUNNING");
  });

  it("trusts the heartbeat alone for a process on another host, and leaves finished batches alone", () => {
    expect(batchState({ status: "RUNNING", heartbeatAt: beat(5), runner: "elsewhere:1" }, now)).toBe("RUNNING");
    expect(batchState({ status: "RUNNING", heartbeatAt: beat(STALE_AFTER_SECONDS + 1), runner: "elsewhere:1" }, now)).toBe("INTERRUPTED");
    expect(batchState({ status: "DONE", heartbeatAt: beat(3600), runner: deadRunner }, now)).toBe("DONE");
  });
});
