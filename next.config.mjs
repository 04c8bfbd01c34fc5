// Next.js configuration. Security headers that do not depend on the request live here;
// the Content-Security-Policy needs a per-request nonce and is set in proxy.ts.
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["rate-limiter-flexible"],
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
    ];
  },
};

export default nextConfig;
