"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { roles } from "@/lib/validations/user";

/** The four roles as <option>s, labelled in the interface language. */
export function RoleOptions() {
  const { t } = useI18n();
  return roles.map((role) => (
    <option key={role} value={role}>
      {t.roles[role]}
    </option>
  ));
}
