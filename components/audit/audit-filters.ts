// The audit page's filters as URL parameters: what the form shows and what each link changes.
export const auditFilterNames = ["actor", "action", "targetType", "targetId", "from", "to"] as const;

export type AuditFilters = Partial<Record<(typeof auditFilterNames)[number], string>>;

export function auditFiltersOf(params: Record<string, string | string[] | undefined>): AuditFilters {
  const filters: AuditFilters = {};
  for (const name of auditFilterNames) {
    const value = params[name];
    const first = Array.isArray(value) ? value[0] : value;
    if (first?.trim()) filters[name] = first.trim();
  }
  return filters;
}

/** /admin/audit with `filters` changed by `change` (an empty value drops a filter); always from the newest entry. */
export function auditHref(filters: AuditFilters, change: AuditFilters & { before?: string } = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filters, ...change })) if (value) query.set(name, value);
  const search = query.toString();
  return search ? `/admin/audit?${search}` : "/admin/audit";
}
