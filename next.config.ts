import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security/header-rules";

// The catalogues are compiled at build time (next-intl's catalogue loader with `precompile`), so the
// browser gets the small formatter of icu-minify instead of the ICU message parser of intl-messageformat.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "nodemailer", "rate-limiter-flexible"],
  // E2E runs build into their own folder so a developer's `next dev` is not disturbed.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Static security headers on every response; the per-request Content-Security-Policy (with its
  // nonce) and HSTS come from proxy.ts, which skips the build output below, so that gets a policy here.
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      {
        source: "/_next/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
