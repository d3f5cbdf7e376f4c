// The back-off's arithmetic: free failures, then a wait doubling from one minute up to an hour.
import { describe, expect, it } from "vitest";
import { backoffDelayMs } from "@/lib/auth/sign-in-backoff";

const minutes = (failures: number) => backoffDelayMs(failures) / 60_000;

describe("backoffDelayMs", () => {
  it("does not slow down the first four failures", () => {
    expect([0, 1, 2, 3, 4].map(minutes)).toEqual([0, 0, 0, 0, 0]);
  });

  it("waits 1 minute after the fifth failure, then doubles", () => {
    expect([5, 6, 7, 8, 9, 10].map(minutes)).toEqual([1, 2, 4, 8, 16, 32]);
  });

  it("never waits more than an hour, however many failures", () => {
    expect([11, 12, 50, 1_000_000].map(minutes)).toEqual([60, 60, 60, 60]);
  });
});
