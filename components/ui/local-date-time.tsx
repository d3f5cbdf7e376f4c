"use client";
// An instant shown in the reader's own time zone. The server cannot know that zone, so the server
// render and hydration use UTC (labelled as such); React then re-renders with the browser's zone.
import { useSyncExternalStore } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatDateTime } from "@/lib/i18n/format-date";

const subscribe = () => () => undefined; // the time zone does not change while the page is open
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverTimeZone = () => "UTC";

export function LocalDateTime({ value }: { value: string }) {
  const { locale } = useI18n();
  const timeZone = useSyncExternalStore(subscribe, browserTimeZone, serverTimeZone);
  return (
    <time dateTime={value} title={value}>
      {formatDateTime(value, locale, timeZone)}
      {timeZone === "UTC" && " UTC"}
    </time>
  );
}
