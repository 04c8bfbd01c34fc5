import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Schemas take zod from lib/zod.ts (or zod/mini from lib/zod-mini.ts, for what a browser runs), which turn
// off zod's eval-compiled parsers (the pages' CSP forbids eval).
const zodMessage = "Import * as z from @/lib/zod or @/lib/zod-mini (jitless: no eval under the CSP).";
const zodDoor = { regex: "^zod(/|$)", message: zodMessage };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Data flows one way: components read lib and content, never the reverse (tests may draw components).
    files: ["lib/**/*.{ts,tsx}", "content/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts", "lib/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/components/*", "**/components/*"],
              message: "lib and content must not import components.",
            },
            zodDoor,
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}", "*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [zodDoor] }] },
  },
  { files: ["lib/zod.ts", "lib/zod-mini.ts"], rules: { "no-restricted-imports": "off" } },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    "e2e/.rig/**",
  ]),
]);
