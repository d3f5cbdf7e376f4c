"use client";
// Changes one's own password. The server signs out every session; this browser then signs in again
// with the new password, so only the other sessions end.
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ApiError, fetchJson } from "@/lib/client/fetch-json";
import { passwordProblem } from "@/lib/validations/password";
import { FormError } from "@/components/ui/form-error";

type Errors = { currentPassword?: string; newPassword?: string; confirmPassword?: string; form?: string };

export function ChangePasswordForm({ email, name }: { email: string; name: string }) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const currentPassword = String(data.get("currentPassword") ?? "");
    const newPassword = String(data.get("newPassword") ?? "");
    const problem = passwordProblem(newPassword, { email, name });
    const local: Errors = {
      ...(!currentPassword && { currentPassword: t.account.currentWrong }),
      ...(problem && { newPassword: t.account.passwordProblems[problem] }),
      ...(newPassword !== data.get("confirmPassword") && { confirmPassword: t.account.mismatch }),
    };
    setDone(false);
    setErrors(local);
    if (Object.keys(local).length > 0) return;

    setPending(true);
    try {
      await fetchJson("/api/v1/account/password", { method: "PUT", body: { currentPassword, newPassword } });
    } catch (error) {
      setPending(false);
      const details = error instanceof ApiError ? error.details : undefined;
      if (details?.currentPassword) setErrors({ currentPassword: t.account.currentWrong });
      else if (error instanceof ApiError && error.code === "RATE_LIMITED") setErrors({ form: t.signIn.rateLimited });
      else setErrors({ newPassword: details?.newPassword?.[0], form: details?.newPassword ? undefined : (error as Error).message });
      return;
    }
    // Every session of the account, this one included, is now refused: sign this one in again.
    const again = await signIn("credentials", { email, password: newPassword, redirect: false });
    setPending(false);
    if (!again?.ok || again.error) {
      router.push("/sign-in");
      return;
    }
    form.reset();
    setDone(true);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} method="post" noValidate aria-labelledby="password-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id="password-title" className="text-lg font-semibold">
        {t.account.passwordTitle}
      </h2>
      <p className="text-sm text-slate-600">{t.account.passwordIntro}</p>
      <TextField id="current-password" name="currentPassword" type="password" autoComplete="current-password" label={t.account.currentPassword} required error={errors.currentPassword} />
      <TextField id="new-password" name="newPassword" type="password" autoComplete="new-password" label={t.account.newPassword} required error={errors.newPassword} />
      <TextField id="confirm-password" name="confirmPassword" type="password" autoComplete="new-password" label={t.account.confirmPassword} required error={errors.confirmPassword} />
      <FormError message={errors.form} />
      {done && (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {t.account.passwordChanged}
        </p>
      )}
      <Button type="submit" disabled={pending || !hydrated}>
        {pending ? t.account.changing : t.account.changePassword}
      </Button>
    </form>
  );
}
