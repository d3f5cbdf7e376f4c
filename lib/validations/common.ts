import { z } from "zod";

export const idParams = z.object({ id: z.string().uuid("Not a valid id.") });

/** The version the client last read, for optimistic concurrency. */
export const versionSchema = z.number({ message: "The record version is required." }).int().positive("The record version is required.");
