// How to start the production web server's process (lib/cli/web-server.ts): Node.js with the
// react-server condition and tsx, as for every command of this project.
import path from "node:path";

export function webServerArguments(...extra: string[]): string[] {
  return ["--conditions=react-server", "--import", "tsx", path.join("lib", "cli", "web-server.ts"), ...extra];
}
