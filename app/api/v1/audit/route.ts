// GET /api/v1/audit: the audit log, newest first, filtered (admins only).
import { apiRoute } from "@/lib/api/handler";
import { listAudit } from "@/lib/audit/list-audit";
import { auditQuerySchema } from "@/lib/validations/audit";

export const GET = apiRoute({ permission: "audit.read", query: auditQuerySchema }, ({ user, query }) => listAudit(user, query));
