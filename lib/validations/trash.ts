// The trash's list filter.
import { z } from "zod";

export const trashKinds = ["article", "entity", "dossier"] as const;
export type TrashKind = (typeof trashKinds)[number];

export const trashQuery = z.object({ kind: z.enum(trashKinds, { message: "The kind is article, entity or dossier." }).optional() });
