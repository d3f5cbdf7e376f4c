import type { Metadata } from "next";
import { EntityRegister } from "@/components/entities/entity-register";
import { guardPage } from "@/lib/auth/guard-page";
import { listEntityTypes } from "@/lib/entities/entity-types";
import { listEntities } from "@/lib/entities/search-entities";
import { entityListQuerySchema } from "@/lib/validations/entity";

export const metadata: Metadata = { title: "Entités" };

export default async function EntitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await guardPage("entity.read");
  const parsed = entityListQuerySchema.safeParse(await searchParams);
  // A hand-edited address with a bad parameter shows the whole register rather than an error page.
  const query = parsed.success ? parsed.data : entityListQuerySchema.parse({});
  const [page, types] = await Promise.all([listEntities(user, query), listEntityTypes(user)]);
  return <EntityRegister page={page} q={query.q} type={query.type ?? ""} types={types} />;
}
