// Reads app/ the way Next.js routes it: every route.ts with its exported HTTP methods, and every
// file holding a "use server" directive.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const appDir = path.join(process.cwd(), "app");
const methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

export function discoverRouteHandlers(): { route: string; method: string }[] {
  return walk(appDir)
    .filter((file) => /\/route\.(ts|tsx|js)$/.test(file))
    .flatMap((file) => {
      const route = path
        .dirname(path.relative(appDir, file))
        .split(path.sep)
        .filter((segment) => !/^\(.*\)$/.test(segment)) // route groups are not in the URL
        .join("/");
      const source = readFileSync(file, "utf8");
      const exported = methods.filter((method) =>
        new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b|as\\s+${method}\\b`).test(source),
      );
      return exported.map((method) => ({ route: `/${route}`, method }));
    });
}

export function discoverServerActionFiles(): string[] {
  const sourceDirs = ["app", "components", "lib"].map((dir) => path.join(process.cwd(), dir));
  return sourceDirs
    .flatMap(walk)
    .filter((file) => /\.(ts|tsx)$/.test(file) && !file.includes(`${path.sep}generated${path.sep}`))
    .filter((file) => /^\s*["']use server["']/m.test(readFileSync(file, "utf8")))
    .map((file) => path.relative(process.cwd(), file));
}
