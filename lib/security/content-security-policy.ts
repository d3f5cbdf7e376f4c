// The Content-Security-Policy of every response: scripts only from this origin and carrying the
// request's nonce (Next.js puts it on its own inline scripts when it finds it in the request's
// policy), nothing may frame the app, forms post only here (and to the single-sign-on issuer).
// Inline style attributes stay allowed: React's `style` props use them, and they cannot run code.

export function contentSecurityPolicy({ nonce, development, signInIssuer }: { nonce: string; development: boolean; signInIssuer?: string }): string {
  const formTargets = ["'self'", ...(signInIssuer ? [new URL(signInIssuer).origin] : [])];
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlays; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formTargets.join(" ")}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
