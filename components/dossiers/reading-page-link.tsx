// A link to a published reading page: a plain document load rather than next/link's client-side
// navigation, because the production server sends a page already read from memory
// (lib/dossiers/reading-page-cache.ts) while a client-side navigation has Next.js render it again.
import type { AnchorHTMLAttributes } from "react";

export function ReadingPageLink(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} />;
}
