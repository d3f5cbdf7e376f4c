// `npm test`: every check in order (typecheck, lint, unit, integration, build, end-to-end), each
// streamed as it runs, then one pass/fail summary. The end-to-end step needs the build, so it is
// skipped when the build fails; every other step runs regardless, so one run shows all failures.
import { spawn } from "node:child_process";

type Step = { name: string; command: string; args: string[]; needs?: string };

const steps: Step[] = [
  { name: "typecheck", command: "npx", args: ["tsc", "--noEmit"] },
  { name: "lint", command: "npm", args: ["run", "--silent", "lint"] },
  { name: "unit", command: "npm", args: ["run", "--silent", "test:unit"] },
  { name: "integration", command: "npm", args: ["run", "--silent", "test:integration"] },
  { name: "build", command: "npx", args: ["next", "build"] },
  { name: "e2e", command: "npm", args: ["run", "--silent", "test:e2e"], needs: "build" },
];

type Outcome = "passed" | "failed" | "skipped";

function run({ command, args }: Step): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: "1" } });
    child.on("exit", (code) => resolve(code === 0));
    child.on("error", () => resolve(false));
  });
}

async function main() {
  const outcomes = new Map<string, { outcome: Outcome; seconds: number }>();
  for (const step of steps) {
    if (step.needs && outcomes.get(step.needs)?.outcome !== "passed") {
      outcomes.set(step.name, { outcome: "skipped", seconds: 0 });
      continue;
    }
    console.log(`\n━━━ ${step.name}: ${[step.command, ...step.args].join(" ")}`);
    const started = Date.now();
    const ok = await run(step);
    outcomes.set(step.name, { outcome: ok ? "passed" : "failed", seconds: (Date.now() - started) / 1000 });
  }

  console.log("\n━━━ Summary");
  for (const [name, { outcome, seconds }] of outcomes) {
    console.log(`  ${outcome === "passed" ? "✔" : outcome === "failed" ? "✘" : "–"} ${name.padEnd(12)} ${outcome.padEnd(8)} ${seconds.toFixed(1)} s`);
  }
  const count = (outcome: Outcome) => [...outcomes.values()].filter((entry) => entry.outcome === outcome).length;
  const skipped = count("skipped");
  console.log(`steps: ${count("passed")} passed, ${count("failed")} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(count("failed") + skipped === 0 ? 0 : 1);
}

void main();
