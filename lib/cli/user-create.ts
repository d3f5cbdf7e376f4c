// `npm run user:create -- --email a@b.org --name "A B" --role ADMIN`: creates an account from the
// server's shell (the first admin of an install without demo data). The password comes from
// NEW_USER_PASSWORD or is asked for without echo.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { runCli } from "@/lib/cli/run";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createUserFromCommandLine } from "@/lib/users/manage-users";
import { createUserSchema } from "@/lib/validations/user";

runCli(async () => {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "ADMIN" } } });
  const password = getEnv().NEW_USER_PASSWORD ?? (await askHidden("Password (at least 12 characters): "));
  const parsed = createUserSchema.safeParse({ ...values, password });
  if (!parsed.success) throw new Error(describe(parsed.error));

  const database = await prepareDatabase();
  try {
    const user = await createUserFromCommandLine(parsed.data);
    console.log(`Created ${user.role} ${user.email}.`);
  } catch (error) {
    throw error instanceof AppError ? new Error(error.message) : error;
  } finally {
    await database.release();
  }
});

function describe(error: ZodError): string {
  return error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join(" ");
}

function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("Set NEW_USER_PASSWORD, or run this in a terminal to be asked for the password.");
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = prompt as unknown as { _writeToOutput: (text: string) => void };
  output._writeToOutput = (text) => process.stdout.write(text.startsWith(question) ? question : "");
  return new Promise((resolve) =>
    prompt.question(question, (answer) => {
      prompt.close();
      process.stdout.write("\n");
      resolve(answer);
    }),
  );
}
