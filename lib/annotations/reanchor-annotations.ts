// Moving an article's annotations onto its new revision after the text changed (clean-up undone or
// redone, a correction). Those that cannot be placed stay on the old revision, flagged ORPHANED, for a
// person to re-attach: none is dropped. Runs inside the transaction that creates the revision.
import "server-only";
import { describeSpan } from "@/lib/annotations/anchoring/text-quote";
import { reanchorSpans } from "@/lib/annotations/anchoring/reanchor";
import { Prisma } from "@/lib/generated/prisma/client";

type Revision = { id: string; text: string };

export async function reanchorAnnotations(tx: Prisma.TransactionClient, articleId: string, from: Revision, to: Revision): Promise<{ moved: number; orphaned: number }> {
  // Deleted annotations move too, so undoing a delete later finds them on the current text.
  const spans = await tx.annotation.findMany({
    where: { articleId, revisionId: from.id, scope: "SPAN", anchorState: { not: "ORPHANED" }, start: { not: null }, end: { not: null } },
    select: { id: true, start: true, end: true, quote: true, prefix: true, suffix: true, deletedAt: true },
  });
  const deleted = new Set(spans.filter((span) => span.deletedAt).map((span) => span.id));
  const results = reanchorSpans(
    from.text,
    to.text,
    spans.map(({ deletedAt: _deletedAt, ...span }) => ({ ...span, start: span.start as number, end: span.end as number })),
  );
  const moved: { id: string; start: number; end: number; quote: string; prefix: string; suffix: string; state: "ANCHORED" | "REANCHORED" }[] = [];
  const orphaned: string[] = [];
  for (const [id, result] of results) {
    if (result.state === "ORPHANED") orphaned.push(id);
    else moved.push({ id, start: result.start, end: result.end, state: result.state, ...describeSpan(to.text, result.start, result.end) });
  }
  if (moved.length) {
    const column = <K extends keyof (typeof moved)[number]>(key: K) => moved.map((item) => item[key]);
    await tx.$executeRaw(Prisma.sql`
      UPDATE annotations a SET "revisionId" = ${to.id}::uuid, start = m.start, "end" = m.finish, quote = m.quote, prefix = m.prefix, suffix = m.suffix,
             "anchorState" = m.state::"AnchorState", version = a.version + 1, "updatedAt" = now()
        FROM unnest(${column("id")}::uuid[], ${column("start")}::int[], ${column("end")}::int[], ${column("quote")}::text[], ${column("prefix")}::text[], ${column("suffix")}::text[], ${column("state")}::text[])
             AS m(id, start, finish, quote, prefix, suffix, state)
       WHERE a.id = m.id`);
  }
  if (orphaned.length) await tx.annotation.updateMany({ where: { id: { in: orphaned } }, data: { anchorState: "ORPHANED", version: { increment: 1 } } });
  // Themes of the whole article have no span: they follow the text.
  await tx.annotation.updateMany({ where: { articleId, revisionId: from.id, scope: "DOCUMENT" }, data: { revisionId: to.id } });
  // What the person is told counts the annotations they can see.
  return { moved: moved.filter((item) => !deleted.has(item.id)).length, orphaned: orphaned.filter((id) => !deleted.has(id)).length };
}
