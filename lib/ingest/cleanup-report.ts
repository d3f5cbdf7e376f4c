// The clean-up report stored on a CLEANED revision: the changes applied, and those an editor undid
// (kept in full so they can be applied again). Read through zod, as stored JSON is not typed.
import { z } from "zod";

const changeSchema = z.object({
  id: z.string(),
  rule: z.string(),
  action: z.string(),
  before: z.string(),
  after: z.string(),
  start: z.number(),
  end: z.number(),
  reason: z.string(),
});

const reportSchema = z.object({ changes: z.array(changeSchema).default([]), restored: z.array(changeSchema).default([]) });

export type CleanupReportChange = z.infer<typeof changeSchema>;
export type CleanupReport = z.infer<typeof reportSchema>;

/** The report of a revision, or null when it has none (raw and hand-edited revisions). */
export function readCleanupReport(json: unknown): CleanupReport | null {
  if (json === null || json === undefined) return null;
  const parsed = reportSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
