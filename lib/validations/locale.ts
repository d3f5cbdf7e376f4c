import { z } from "zod";

export const locales = ["fr", "en"] as const;
export const localeSchema = z.enum(locales, { message: "Choose fr or en." });
export type Locale = z.infer<typeof localeSchema>;
export const defaultLocale: Locale = "fr";

export const setLocaleSchema = z.object({ locale: localeSchema });
