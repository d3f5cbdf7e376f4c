import { describe, expect, it } from "vitest";
import { summarise } from "@/lib/bench/stats";

describe("summarise", () => {
  it("reports nearest-rank percentiles", () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(summarise(values)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5 });
  });

  it("copes with one value and with none", () => {
    expect(summarise([7])).toMatchObject({ p50: 7, p95: 7, max: 7 });
    expect(summarise([])).toMatchObject({ count: 0, p50: 0, mean: 0 });
  });
});
