// The audit log query, as it comes from the URL (`/admin/audit?…` and `GET /api/v1/audit`).
import { z } from "zod";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const blankIsAbsent = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const text = (name: string, max: number) =>
  z.preprocess(blankIsAbsent, z.string(`${name} is text.`).trim().max(max, `${name} has at most ${max} characters.`).optional());

// A day written 2026-11-25 (UTC): `from` is where it starts, `to` where the next day starts.
function day(name: string, edge: "start" | "end") {
  return z.preprocess(
    blankIsAbsent,
    z
      .string()
      .trim()
      .transform((value, context) => {
        const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
        if (date && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) {
          return edge === "start" ? date : new Date(date.getTime() + 86_400_000);
        }
        context.addIssue({ code: "custom", message: `${name} is a day written 2026-11-25.` });
        return z.NEVER;
      })
      .optional(),
  );
}

export const auditQuerySchema = z
  .object({
    // A user id or an email address.
    actor: text("actor", 254).refine((value) => value === undefined || UUID.test(value) || value.includes("@"), "actor is a user id or an email address."),
    // Exact (`user.role_change`), or a prefix ending with a dot or a star (`auth.`, `dossier.*`).
    action: text("action", 100).refine((value) => value === undefined || /^[a-z0-9_.]+\*?$/.test(value), "action is made of a-z, 0-9, _ and dots, with an optional final *."),
    targetType: text("targetType", 40),
    targetId: text("targetId", 100),
    from: day("from", "start"),
    to: day("to", "end"),
    // The id of the last entry seen: the next page starts just after it (older entries).
    before: z.preprocess(blankIsAbsent, z.string().regex(/^\d{1,19}$/, "before is the id of an audit entry.").optional()),
    limit: z.coerce.number().int("limit must be a whole number.").min(1, "limit is at least 1.").max(200, "limit is at most 200.").default(50),
  })
  .refine(({ from, to }) => !from || !to || from < to, { message: "from is after to.", path: ["to"] });

export type AuditQuery = z.infer<typeof auditQuerySchema>;
