// NextAuth configuration: email + password, and single sign-on through OpenID Connect when configured
// (lib/auth/oidc.ts); JWT sessions carrying only the user id and session version.
// The user itself is re-read on every request (lib/auth/session.ts), so a role change or a disabled
// account applies at once rather than at token expiry.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit/record-audit";
import { clientIp } from "@/lib/auth/client-ip";
import { oidcProvider, oidcSettings, signInWithOidc } from "@/lib/auth/oidc";
import { verifySignIn } from "@/lib/auth/sign-in";
import { AppError } from "@/lib/errors";

const oidc = oidcSettings();

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
    ...(oidc ? [oidcProvider(oidc)] : []),
  ],
  events: {
    // Signing out only drops the browser's cookie (the JWT itself is not stored): recorded for the trail.
    async signOut({ token }) {
      if (token?.sub) await recordAudit({ actorId: token.sub, action: "auth.sign_out", targetType: "user", targetId: token.sub });
    },
  },
  callbacks: {
    // A single sign-on admits the account with that verified email, or nobody. Without a database
    // adapter NextAuth hands this same `user` object to the jwt callback below, which stores our id
    // and session version instead of the provider's subject.
    async signIn({ user, account, profile }) {
      if (account?.provider !== "oidc" || !oidc) return true;
      const admitted = await signInWithOidc(profile, oidc);
      if (!admitted) return false;
      Object.assign(user, { id: admitted.id, email: admitted.email, name: admitted.name, sessionVersion: admitted.sessionVersion });
      return true;
    },
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
