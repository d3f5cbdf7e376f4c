// The theme taxonomy as a flat list in tree order (parents before their children), for pickers.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export type ThemeOption = { id: string; slug: string; labelFr: string; labelEn: string; depth: number };

export async function listThemes(actor: CurrentUser): Promise<ThemeOption[]> {
  assertCan(actor, "annotation.read");
  const themes = await db.theme.findMany({ where: { deletedAt: null }, orderBy: [{ position: "asc" }, { slug: "asc" }], select: { id: true, slug: true, labelFr: true, labelEn: true, parentId: true } });
  const children = new Map<string, typeof themes>();
  for (const theme of themes) children.set(theme.parentId ?? "", [...(children.get(theme.parentId ?? "") ?? []), theme]);
  const ordered: ThemeOption[] = [];
  const visit = (parentId: string, depth: number) => {
    for (const { parentId: _parent, ...theme } of children.get(parentId) ?? []) {
      ordered.push({ ...theme, depth });
      visit(theme.id, depth + 1);
    }
  };
  visit("", 0);
  return ordered;
}
