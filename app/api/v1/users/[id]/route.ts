// PATCH /api/v1/users/{id}: change name or role, disable or enable (with the expected version).
import { apiRoute } from "@/lib/api/handler";
import { idParams } from "@/lib/validations/common";
import { updateUser } from "@/lib/users/manage-users";
import { updateUserSchema } from "@/lib/validations/user";

export const PATCH = apiRoute({ permission: "user.manage", params: idParams, body: updateUserSchema }, ({ user, params, body }) =>
  updateUser(user, params.id, body),
);
