// Runs a command-line entry point: errors end the process with one clear sentence, never a stack trace.
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
