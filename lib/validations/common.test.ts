import { describe, expect, it } from "vitest";
import { idParams } from "@/lib/validations/common";

describe("idParams", () => {
  it("accepts a UUID and refuses anything else with a clear message", () => {
    expect(idParams.parse({ id: "0b7c6f43-8d5e-4f7a-9c1b-2e3d4f5a6b7c" })).toEqual({ id: "0b7c6f43-8d5e-4f7a-9c1b-2e3d4f5a6b7c" });
    for (const id of ["42", "../users", "0b7c6f43-8d5e-4f7a-9c1b-2e3d4f5a6b7", ""]) {
      expect(idParams.safeParse({ id }).error?.issues.map((issue) => issue.message), id).toEqual(["Not a valid id."]);
    }
  });
});
