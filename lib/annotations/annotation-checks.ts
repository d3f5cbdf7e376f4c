// Checks shared by the annotation writes: the span is the text at its offsets, the date exists, the
// entity and theme are live records of the register and the taxonomy.
import "server-only";
import { checkSpan } from "@/lib/annotations/anchoring/text-quote";
import { checkNormalisedDate } from "@/lib/annotations/dates/resolve-date-expression";
import { invalid } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NormalisedDateInput, Span } from "@/lib/validations/annotation";

export function assertSpanOf(text: string, span: Span): void {
  const check = checkSpan(text, span);
  if (!check.ok) throw invalid(check.message);
}

export function dateColumns(date: NormalisedDateInput) {
  const check = checkNormalisedDate(date);
  if (!check.ok) throw invalid(check.message);
  return { dateStart: new Date(`${date.start}T00:00:00Z`), dateEnd: new Date(`${date.end}T00:00:00Z`), datePrecision: date.precision };
}

export async function requireEntity(tx: Prisma.TransactionClient, id: string): Promise<string> {
  const entity = await tx.entity.findFirst({ where: { id, deletedAt: null }, select: { id: true, mergedIntoId: true } });
  if (!entity) throw invalid("This entity does not exist in the register.");
  // An entity merged into another stands for it: the annotation follows the merge.
  return entity.mergedIntoId ?? entity.id;
}

export async function requireTheme(tx: Prisma.TransactionClient, id: string): Promise<string> {
  const theme = await tx.theme.findFirst({ where: { id, deletedAt: null }, select: { id: true } });
  if (!theme) throw invalid("This theme does not exist in the taxonomy.");
  return theme.id;
}
