// Dictionaries by locale, and `{name}` interpolation. Safe on the client and the server.
import { en } from "@/lib/i18n/messages/en";
import { fr, type Messages } from "@/lib/i18n/messages/fr";
import type { Locale } from "@/lib/validations/locale";

export type { Messages };

const dictionaries: Record<Locale, Messages> = { fr, en };

export function getMessages(locale: Locale): Messages {
  return dictionaries[locale];
}

export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
