// GET /api/v1/users: the accounts; POST: create one with a role.
import { apiRoute } from "@/lib/api/handler";
import { createUser, listUsers } from "@/lib/users/manage-users";
import { createUserSchema } from "@/lib/validations/user";

export const GET = apiRoute({ permission: "user.manage" }, ({ user }) => listUsers(user));
export const POST = apiRoute({ permission: "user.manage", body: createUserSchema }, ({ user, body }) => createUser(user, body));
