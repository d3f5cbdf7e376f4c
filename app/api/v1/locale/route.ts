// PUT /api/v1/locale: switches the interface language (public: the sign-in page has the switch too).
import { publicApiRoute } from "@/lib/api/handler";
import { setLocale } from "@/lib/i18n/set-locale";
import { setLocaleSchema } from "@/lib/validations/locale";

export const PUT = publicApiRoute({ body: setLocaleSchema }, ({ user, body }) => setLocale(user, body.locale));
