// NextAuth configuration: email + password, JWT sessions carrying only the user id and session version.
// The user itself is re-read on every request (lib/auth/session.ts), so a role change or a disabled
// account applies at once rather than at token expiry.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifySignIn } from "@/lib/auth/sign-in";
import { clientIp } from "@/lib/auth/client-ip";
import { AppError } from "@/lib/errors";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        try {
          const user = await verifySignIn(credentials, clientIp(request.headers ?? {}));
          return user ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } : null;
        } catch (error) {
          // NextAuth shows the message of a thrown error as the sign-in error code.
          // The sign-in page reads the wait, in minutes, from it: "RateLimited:4".
          if (error instanceof AppError && error.code === "RATE_LIMITED") throw new Error(`RateLimited:${Math.ceil((error.retryAfterMs ?? 60_000) / 60_000)}`);
          throw error;
        }
      },
    }),
  ],
  events: {
    // Signing out only drops the browser's cookie (the JWT itself is not stored): recorded for the trail.
    async signOut({ token }) {
      if (token?.sub) await recordAudit({ actorId: token.sub, action: "auth.sign_out", targetType: "user", targetId: token.sub });
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 1;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sessionVersion: token.sessionVersion };
    },
  },
};
