import Link from "next/link";

type StatusPageProps = { status: number; title: string; body: string; homeLabel: string };

/** The full-page answer for an HTTP error (403, 404): what happened and the way back. */
export function StatusPage({ status, title, body, homeLabel }: StatusPageProps) {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className={`text-sm font-semibold ${status === 403 ? "text-red-700" : "text-slate-500"}`}>{status}</p>
      <h1 className="mt-2 text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-600">{body}</p>
      <Link href="/" className="mt-6 inline-block text-indigo-700 hover:underline">
        {homeLabel}
      </Link>
    </main>
  );
}
