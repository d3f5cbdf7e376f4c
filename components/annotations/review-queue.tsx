"use client";
// The review queue: pending annotations across articles, lowest confidence first, with bulk accept and
// reject. A decision applies to all the chosen items or, if one changed meanwhile, to none (409).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { annotationKeys } from "@/components/annotations/annotation-queries";
import { describeAnnotation } from "@/components/annotations/annotation-list";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { ReviewQueueItem } from "@/lib/annotations/review-annotations";
import { fetchJson } from "@/lib/client/fetch-json";
import { interpolate } from "@/lib/i18n/messages";
import { FormError } from "@/components/ui/form-error";

type Queue = { items: ReviewQueueItem[]; total: number; page: number; pageSize: number };
const kinds = ["ENTITY", "DATE", "THEME"] as const;

export function ReviewQueue() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState("");
  const [page, setPage] = useState(1);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const queue = useQuery({
    queryKey: annotationKeys.queue(kind, page),
    queryFn: () => fetchJson<Queue>(`/api/v1/annotations/review?${new URLSearchParams({ page: String(page), ...(kind && { kind }) })}`),
    placeholderData: (previous) => previous,
  });
  const items = queue.data?.items ?? [];
  const decide = useMutation({
    mutationFn: (decision: "ACCEPTED" | "REJECTED") =>
      fetchJson<{ reviewed: number }>("/api/v1/annotations/review", { method: "POST", body: { decision, items: items.filter((item) => chosen.has(item.id)).map(({ id, version }) => ({ id, version })) } }),
    onSuccess: () => setChosen(new Set()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: annotationKeys.all }),
  });
  const toggle = (id: string) => setChosen((current) => new Set(current.has(id) ? [...current].filter((other) => other !== id) : [...current, id]));
  const pages = Math.max(1, Math.ceil((queue.data?.total ?? 0) / (queue.data?.pageSize ?? 50)));

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <select aria-label={t.review.allKinds} className="rounded-md border border-slate-300 px-2 py-1.5 text-sm" value={kind} onChange={(event) => (setKind(event.target.value), setPage(1), setChosen(new Set()))}>
          <option value="">{t.review.allKinds}</option>
          {kinds.map((option) => (
            <option key={option} value={option}>
              {t.annotate.kinds[option]}
            </option>
          ))}
        </select>
        <span className="text-sm text-slate-600">{interpolate(t.review.count, { count: queue.data?.total ?? 0 })}</span>
        <span className="ml-auto flex gap-2">
          <Button disabled={!chosen.size || decide.isPending} onClick={() => decide.mutate("ACCEPTED")}>
            {interpolate(t.review.acceptSelected, { count: chosen.size })}
          </Button>
          <Button variant="danger" disabled={!chosen.size || decide.isPending} onClick={() => decide.mutate("REJECTED")}>
            {interpolate(t.review.rejectSelected, { count: chosen.size })}
          </Button>
        </span>
      </div>
      <FormError message={decide.error?.message} />
      {decide.data && <p role="status" className="text-sm text-emerald-700">{interpolate(t.review.done, { count: decide.data.reviewed })}</p>}
      {items.length === 0 && !queue.isPending ? (
        <p className="text-slate-500">{t.review.empty}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-500">
            <tr>
              <th className="w-8 py-2">
                <input type="checkbox" aria-label={t.review.selectAll} checked={items.length > 0 && items.every((item) => chosen.has(item.id))} onChange={(event) => setChosen(new Set(event.target.checked ? items.map((item) => item.id) : []))} />
              </th>
              <th>{t.review.columnAnnotation}</th>
              <th>{t.review.columnArticle}</th>
              <th>{t.review.columnConfidence}</th>
              <th>{t.review.columnAuthor}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className="border-b border-slate-100 align-top" data-testid="review-item">
                <td className="py-2">
                  <input type="checkbox" aria-label={`${t.review.select} ${item.quote || describeAnnotation(item, locale)}`} checked={chosen.has(item.id)} onChange={() => toggle(item.id)} />
                </td>
                <td className="py-2">
                  <span className="text-xs text-slate-500 uppercase">{t.annotate.kinds[item.kind]}</span> <span className="font-medium">{describeAnnotation(item, locale)}</span>
                  {item.quote && (
                    <span className="block font-serif text-slate-600">
                      …{item.prefix.slice(-30)}<mark className="bg-yellow-100">{item.quote}</mark>{item.suffix.slice(0, 30)}…
                    </span>
                  )}
                </td>
                <td className="py-2">
                  <Link className="text-indigo-700 hover:underline" href={`/articles/${item.article.id}/annotate`}>
                    {item.article.title}
                  </Link>
                </td>
                <td className="py-2">{item.confidence === null ? t.review.manual : `${Math.round(item.confidence * 100)} %`}</td>
                <td className="py-2">{item.author?.name ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <div className="flex items-center gap-3 text-sm">
          <Button variant="secondary" disabled={page <= 1} onClick={() => (setPage(page - 1), setChosen(new Set()))}>
            {t.articles.previous}
          </Button>
          {interpolate(t.articles.page, { page, pages })}
          <Button variant="secondary" disabled={page >= pages} onClick={() => (setPage(page + 1), setChosen(new Set()))}>
            {t.articles.next}
          </Button>
        </div>
      )}
    </div>
  );
}
