import type { Metadata } from "next";
import { ImportWorkspace } from "@/components/import/import-workspace";
import { guardPage } from "@/lib/auth/guard-page";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  await guardPage("article.import");
  return <ImportWorkspace />;
}
