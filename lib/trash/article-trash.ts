// Deleting an article puts it in the trash: it leaves lists, search, the review queue, entity
// mentions and suggestions (they all read live articles only), its page and API answer 404, and dossier
// drafts citing it show the citation as unavailable and cannot be published; published versions keep
// their text. Restoring brings it back with its revisions, uploads and annotations untouched, unless
// the same text was imported again meanwhile.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { moveTrash } from "@/lib/trash/move-to-trash";

export async function deleteArticle(actor: CurrentUser, id: string, version: number): Promise<{ version: number }> {
  return changeArticle(actor, id, version, "delete");
}

export async function restoreArticle(actor: CurrentUser, id: string, version: number): Promise<{ version: number }> {
  return changeArticle(actor, id, version, "restore");
}

async function changeArticle(actor: CurrentUser, id: string, version: number, direction: "delete" | "restore") {
  assertCan(actor, "article.delete");
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id, deletedAt: direction === "delete" ? null : { not: null } }, select: { title: true, deletedAt: true, contentHash: true } });
    if (!article) throw notFound(direction === "delete" ? "This article" : "This deleted article");
    // The same text imported again while this one was in the trash: restoring it would make two.
    const copy = direction === "restore" ? await tx.article.findFirst({ where: { contentHash: article.contentHash, deletedAt: null, id: { not: id } }, select: { title: true } }) : null;
    if (copy) throw conflict(`The same text was imported again since this article was deleted ("${copy.title}"): delete that one first to restore this one.`);
    return moveTrash(tx, actor, { kind: "article", id, label: article.title, deletedAt: article.deletedAt }, version, direction);
  });
}
