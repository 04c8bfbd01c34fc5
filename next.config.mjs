// Next.js configuration. Security headers that do not depend on the request live here;
// a page's Content-Security-Policy needs a per-request nonce and is set in proxy.ts.
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Loaded by Node, not bundled: one copy of each per process (pino's workers and ioredis's commands also
  // need their own files).
  serverExternalPackages: ["rate-limiter-flexible", "ioredis", "pino", "prom-client"],
  // No page uses next/image; with the optimiser off, /_next/image answers 404 instead of fetching and
  // resizing images for anyone who asks.
  images: { unoptimized: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // The API answers JSON, never a document: nothing in it may load or be framed. (Pages get their
        // nonce policy from proxy.ts, which does not run on /api/*.)
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
