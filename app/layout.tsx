import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { getTranslations } from "@/lib/i18n/get-locale";
import "./globals.css";

export const metadata: Metadata = { title: { default: "Dossier CMS", template: "%s · Dossier CMS" } };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getTranslations();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <Providers locale={locale} messages={t}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
