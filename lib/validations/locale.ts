import { z } from "zod";

export const locales = ["fr", "en"] as const;
export const localeSchema = z.enum(locales, { message: "Choose fr or en." });
export type Locale = z.infer<typeof localeSchema>;
export const defaultLocale: Locale = "fr";
/** The cookie that holds the interface language a person chose with the language switch. */
export const LOCALE_COOKIE = "locale";

export const setLocaleSchema = z.object({ locale: localeSchema });
