// An audit entry's before/after as rows of fields, each marked changed or not. Pure and client-safe.
export type FieldChange = { field: string; before: string | null; after: string | null; changed: boolean };

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const isRecord = (value: unknown): value is Record<string, Json> => typeof value === "object" && value !== null && !Array.isArray(value);

function show(value: Json | undefined): string | null {
  if (value === undefined) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** One row per field of either side, in the order they first appear (before's fields, then after's new ones). */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  if (before == null && after == null) return [];
  if (!isRecord(before ?? {}) || !isRecord(after ?? {})) {
    const [left, right] = [show((before ?? undefined) as Json | undefined), show((after ?? undefined) as Json | undefined)];
    return [{ field: "", before: left, after: right, changed: left !== right }];
  }
  const left = (before ?? {}) as Record<string, Json>;
  const right = (after ?? {}) as Record<string, Json>;
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return fields.map((field) => {
    const [was, now] = [show(left[field]), show(right[field])];
    return { field, before: was, after: now, changed: was !== now };
  });
}
