// Every main change leaves an audit entry naming who did it, to what, and the fields before and after.
// Walked as a table: each step makes one change through the data layer, then the newest entry of that
// action on that target must carry the expected actor, before and after.
import { describe, expect, it, vi } from "vitest";
import { changePassword, signOutEverywhere } from "@/lib/account/manage-account";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { deleteAnnotation, restoreAnnotation } from "@/lib/annotations/delete-annotation";
import { correctArticleText } from "@/lib/articles/correct-article-text";
import { setArticleStatus } from "@/lib/articles/set-article-status";
import { updateArticle } from "@/lib/articles/update-article";
import { db } from "@/lib/db";
import { createDossier } from "@/lib/dossiers/create-dossier";
import { addItem, deleteItem, restoreItem, updateItem } from "@/lib/dossiers/dossier-items";
import { addSection, deleteSection, restoreSection, updateSection } from "@/lib/dossiers/dossier-sections";
import { updateDossier } from "@/lib/dossiers/update-dossier";
import { addAlias, removeAlias } from "@/lib/entities/entity-aliases";
import { createEntity } from "@/lib/entities/create-entity";
import { updateEntity } from "@/lib/entities/update-entity";
import { actorOf, createTestArticle, createTestUser, TEST_PASSWORD } from "@/lib/testing/fixtures";
import { createUser, revokeUserSessions, updateUser } from "@/lib/users/manage-users";
import { updateArticleSchema } from "@/lib/validations/article-metadata";
import { newAliasSchema, updateEntitySchema } from "@/lib/validations/entity";

vi.mock("next-auth", () => ({ getServerSession: vi.fn() }));

type Step = {
  action: string;
  run: () => Promise<{ targetType: string; targetId: string }>;
  actor: () => string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
};

describe("audit coverage", async () => {
  const admin = actorOf(await createTestUser("ADMIN"));
  const editor = actorOf(await createTestUser("EDITOR"));
  const analyst = actorOf(await createTestUser("ANALYST"));
  const text = "Le ministre a rencontré la délégation à Rabat le 3 mars.";
  const article = await createTestArticle("Audited article", [text]);
  const state: { entityId?: string; aliasId?: string; slug?: string; sectionId?: string; itemId?: string; annotationId?: string; userId?: string } = {};

  const articleVersion = async () => (await db.article.findUniqueOrThrow({ where: { id: article.id } })).version;
  const entityVersion = async () => (await db.entity.findUniqueOrThrow({ where: { id: state.entityId! } })).version;
  const dossier = () => db.dossier.findUniqueOrThrow({ where: { slug: state.slug! } });
  const onArticle = { targetType: "article", targetId: article.id };
  const onEntity = () => ({ targetType: "entity", targetId: state.entityId! });
  const onDossier = async () => ({ targetType: "dossier", targetId: (await dossier()).id });

  const steps: Step[] = [
    {
      action: "article.update",
      actor: () => editor.id,
      run: async () => (await updateArticle(editor, article.id, updateArticleSchema.parse({ version: await articleVersion(), title: "Retitled" })), onArticle),
      before: { title: "Audited article" },
      after: { title: "Retitled" },
    },
    {
      action: "article.status",
      actor: () => editor.id,
      run: async () => (await setArticleStatus(editor, article.id, { version: await articleVersion(), status: "IN_PROGRESS" }), onArticle),
      before: { status: "TO_ANNOTATE" },
      after: { status: "IN_PROGRESS" },
    },
    {
      action: "article.text.correct",
      actor: () => editor.id,
      run: async () => (await correctArticleText(editor, article.id, { version: await articleVersion(), text: `${text} Corrigé.` }), onArticle),
      before: { revisionId: article.revisionIds[0] },
      after: { revisionId: expect.any(String) },
    },
    {
      action: "annotation.create",
      actor: () => analyst.id,
      run: async () => {
        const current = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).currentRevisionId!;
        const [created] = await createAnnotation(analyst, article.id, { kind: "DATE", revisionId: current, start: 49, end: 56, quote: "3 mars.", date: { start: "2024-03-03", end: "2024-03-03", precision: "DAY" } });
        state.annotationId = created!.id;
        return onArticle;
      },
      after: { kind: "DATE" },
    },
    {
      action: "annotation.delete",
      actor: () => analyst.id,
      run: async () => (await deleteAnnotation(analyst, state.annotationId!, 1), { targetType: "annotation", targetId: state.annotationId! }),
      before: { deletedAt: null },
      after: { deletedAt: expect.any(String) },
    },
    {
      action: "annotation.restore",
      actor: () => analyst.id,
      run: async () => (await restoreAnnotation(analyst, state.annotationId!, 2), { targetType: "annotation", targetId: state.annotationId! }),
      before: { deletedAt: expect.any(String) },
      after: { deletedAt: null },
    },
    {
      action: "entity.create",
      actor: () => analyst.id,
      run: async () => ((state.entityId = (await createEntity(analyst, { name: `Audited ${Date.now()}`, typeKey: "PERSON" })).id), onEntity()),
      after: { typeKey: "PERSON" },
    },
    {
      action: "entity.update",
      actor: () => analyst.id,
      run: async () => (await updateEntity(analyst, state.entityId!, updateEntitySchema.parse({ version: await entityVersion(), description: "Described" })), onEntity()),
      before: { description: null },
      after: { description: "Described" },
    },
    {
      action: "entity.alias.add",
      actor: () => analyst.id,
      run: async () => ((state.aliasId = (await addAlias(analyst, state.entityId!, newAliasSchema.parse({ version: await entityVersion(), name: "A. Audited" }))).alias.id), onEntity()),
      after: { name: "A. Audited" },
    },
    {
      action: "entity.alias.remove",
      actor: () => analyst.id,
      run: async () => (await removeAlias(analyst, state.entityId!, state.aliasId!, await entityVersion()), onEntity()),
      before: { name: "A. Audited" },
    },
    {
      action: "dossier.create",
      actor: () => analyst.id,
      run: async () => ((state.slug = (await createDossier(analyst, { title: "Audited dossier", summary: "" }, "Introduction")).slug), onDossier()),
      after: { title: "Audited dossier" },
    },
    {
      action: "dossier.update",
      actor: () => analyst.id,
      run: async () => (await updateDossier(analyst, state.slug!, { version: (await dossier()).version, title: "Renamed dossier" }), onDossier()),
      before: { title: "Audited dossier" },
      after: { title: "Renamed dossier" },
    },
    {
      action: "dossier.section.create",
      actor: () => analyst.id,
      run: async () => ((state.sectionId = (await addSection(analyst, state.slug!, (await dossier()).version, "Context")).result.id), onDossier()),
      after: { title: "Context" },
    },
    {
      action: "dossier.section.update",
      actor: () => analyst.id,
      run: async () => (await updateSection(analyst, state.slug!, state.sectionId!, { version: (await dossier()).version, title: "Background" }), onDossier()),
      before: { title: "Context" },
      after: { title: "Background" },
    },
    {
      action: "dossier.item.create",
      actor: () => analyst.id,
      run: async () => ((state.itemId = (await addItem(analyst, state.slug!, (await dossier()).version, state.sectionId!, { kind: "COMMENTARY", body: "First words." })).result.id), onDossier()),
      after: { kind: "COMMENTARY" },
    },
    {
      action: "dossier.item.update",
      actor: () => analyst.id,
      run: async () => (await updateItem(analyst, state.slug!, state.itemId!, { version: (await dossier()).version, body: "Better words." }), onDossier()),
      before: { body: "First words." },
      after: { body: "Better words." },
    },
    {
      action: "dossier.item.delete",
      actor: () => analyst.id,
      run: async () => (await deleteItem(analyst, state.slug!, state.itemId!, (await dossier()).version), onDossier()),
      before: { deleted: false },
      after: { deleted: true },
    },
    {
      action: "dossier.item.restore",
      actor: () => analyst.id,
      run: async () => (await restoreItem(analyst, state.slug!, state.itemId!, (await dossier()).version), onDossier()),
      before: { deleted: true },
      after: { deleted: false },
    },
    {
      action: "dossier.section.delete",
      actor: () => analyst.id,
      run: async () => (await deleteSection(analyst, state.slug!, state.sectionId!, (await dossier()).version), onDossier()),
      before: { deleted: false },
      after: { deleted: true },
    },
    {
      action: "dossier.section.restore",
      actor: () => analyst.id,
      run: async () => (await restoreSection(analyst, state.slug!, state.sectionId!, (await dossier()).version), onDossier()),
      before: { deleted: true },
      after: { deleted: false },
    },
    {
      action: "user.create",
      actor: () => admin.id,
      run: async () => ((state.userId = (await createUser(admin, { email: `audited-${Date.now()}@test.local`, name: "Audited User", role: "READER", password: TEST_PASSWORD })).id), { targetType: "user", targetId: state.userId }),
      after: { role: "READER" },
    },
    {
      action: "user.role_change",
      actor: () => admin.id,
      run: async () => {
        const { version } = await db.user.findUniqueOrThrow({ where: { id: state.userId! } });
        await updateUser(admin, state.userId!, { version, role: "ANALYST" });
        return { targetType: "user", targetId: state.userId! };
      },
      before: { role: "READER" },
      after: { role: "ANALYST" },
    },
    {
      action: "auth.sessions_revoked",
      actor: () => admin.id,
      run: async () => (await revokeUserSessions(admin, state.userId!), { targetType: "user", targetId: state.userId! }),
      before: { sessionVersion: 1 },
      after: { sessionVersion: 2 },
    },
    {
      action: "account.password_change",
      actor: () => editor.id,
      run: async () => (await changePassword(editor, { currentPassword: TEST_PASSWORD, newPassword: "another long passphrase" }), { targetType: "user", targetId: editor.id }),
      before: { password: "(previous)" },
      after: { password: "(changed)" },
    },
    {
      action: "auth.sessions_revoked",
      actor: () => analyst.id,
      run: async () => (await signOutEverywhere(analyst), { targetType: "user", targetId: analyst.id }),
      before: { sessionVersion: 1 },
      after: { sessionVersion: 2 },
    },
  ];

  // In order: each step builds on the previous ones.
  it("records actor, target, before and after for each change", async () => {
    for (const step of steps) {
      const target = await step.run();
      const entry = await db.auditLog.findFirst({ where: { action: step.action, ...target }, orderBy: { id: "desc" } });
      expect(entry, step.action).toMatchObject({ actorId: step.actor(), action: step.action, ...target });
      if (step.before) expect(entry?.before, `${step.action}: before`).toMatchObject(step.before);
      if (step.after) expect(entry?.after, `${step.action}: after`).toMatchObject(step.after);
    }
  });
});
