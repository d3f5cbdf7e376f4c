// The trash's retention: a record deleted at some instant is purged exactly 30 days later, and the
// purge's cutoff is the same distance back from now.
import { describe, expect, it } from "vitest";
import { purgeCutoff, purgeDateOf, TRASH_RETENTION_DAYS } from "@/lib/trash/retention";

describe("trash retention", () => {
  it("keeps a deleted record 30 days", () => {
    expect(TRASH_RETENTION_DAYS).toBe(30);
    expect(purgeDateOf(new Date("2026-01-31T10:00:00Z")).toISOString()).toBe("2026-03-02T10:00:00.000Z");
  });

  it("purges what was deleted before now minus 30 days, and nothing deleted later", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    const cutoff = purgeCutoff(now);
    expect(cutoff.toISOString()).toBe("2026-10-24T12:00:00.000Z");
    expect(purgeDateOf(cutoff).getTime()).toBe(now.getTime());
  });
});
