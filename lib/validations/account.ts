import { z } from "zod";
import { passwordSchema } from "@/lib/validations/password";

export const changePasswordSchema = z.object({
  currentPassword: z.string({ message: "Enter your current password." }).min(1, "Enter your current password.").max(1024, "A password has at most 1024 characters."),
  newPassword: passwordSchema,
});

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** An explicit yes for actions with no other input, so a stray or replayed empty request does nothing. */
export const confirmSchema = z.object({ confirm: z.literal(true, { message: "Send { \"confirm\": true } to confirm." }) });
