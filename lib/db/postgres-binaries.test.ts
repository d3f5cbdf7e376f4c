import { mkdtemp, mkdir, readlink, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensurePostgresLibraryLinks } from "@/lib/db/postgres-binaries";

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

async function fakePlatformPackage(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "pg-binaries-"));
  roots.push(root);
  await mkdir(path.join(root, "native", "lib"), { recursive: true });
  await writeFile(path.join(root, "native", "lib", "libicuuc.so.60.2"), "library bytes");
  await writeFile(
    path.join(root, "native", "pg-symlinks.json"),
    JSON.stringify([
      { source: "native/lib/libicuuc.so.60.2", target: "native/lib/libicuuc.so.60" },
      { source: "native/lib/libicuuc.so.60.2", target: "native/lib/libicuuc.so" },
    ]),
  );
  return root;
}

describe("ensurePostgresLibraryLinks", () => {
  it("recreates the missing version links as relative symlinks", async () => {
    const root = await fakePlatformPackage();
    await ensurePostgresLibraryLinks(root);
    const link = path.join(root, "native", "lib", "libicuuc.so.60");
    expect(await readlink(link)).toBe("libicuuc.so.60.2");
    expect(await readFile(link, "utf8")).toBe("library bytes");
    expect(await readFile(path.join(root, "native", "lib", "libicuuc.so"), "utf8")).toBe("library bytes");
  });

  it("leaves existing links alone and can run twice", async () => {
    const root = await fakePlatformPackage();
    await ensurePostgresLibraryLinks(root);
    await expect(ensurePostgresLibraryLinks(root)).resolves.toBeUndefined();
  });

  it("does nothing without a platform package", async () => {
    await expect(ensurePostgresLibraryLinks(undefined)).resolves.toBeUndefined();
  });
});
