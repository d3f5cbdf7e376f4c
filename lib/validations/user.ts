import { z } from "zod";
import { emailSchema } from "@/lib/validations/auth";
import { passwordSchema, refusePersonalPassword } from "@/lib/validations/password";
import { versionSchema } from "@/lib/validations/common";

export const roles = ["ADMIN", "EDITOR", "ANALYST", "READER"] as const;
export const roleSchema = z.enum(roles, { message: "Choose one of ADMIN, EDITOR, ANALYST, READER." });

const nameSchema = z.string().trim().min(1, "Enter a name.").max(120, "A name has at most 120 characters.");

export const createUserSchema = z
  .object({
    email: emailSchema,
    name: nameSchema,
    role: roleSchema,
    password: passwordSchema,
  })
  .superRefine(refusePersonalPassword);

export const updateUserSchema = z
  .object({
    version: versionSchema,
    name: nameSchema.optional(),
    role: roleSchema.optional(),
    disabled: z.boolean({ message: "disabled is true or false." }).optional(),
  })
  .refine((value) => value.name !== undefined || value.role !== undefined || value.disabled !== undefined, "Nothing to change.");

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
