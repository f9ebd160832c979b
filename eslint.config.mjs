import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    rules: {
      // Server actions bound for useActionState receive (prevState, formData) whether they use them or not.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The fixture fails a test on any Content-Security-Policy violation; a spec importing `test`
    // straight from Playwright would skip that check.
    files: ["e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@playwright/test", importNames: ["test"], message: "Import test from ./fixtures (it checks for CSP violations)." }] }],
    },
  },
  {
    // Search is one module that reads other domains; the catalogue never reads the search back
    // (its writes refresh the index through lib/search/mutations.ts). Tests may use both.
    files: ["lib/solutions/**/*.ts"],
    ignores: ["lib/solutions/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/search/*", "!@/lib/search/mutations"], message: "lib/solutions may only call lib/search/mutations (index refresh at write time); search reads solutions, not the other way round." }] }],
    },
  },
  {
    files: ["lib/search/**/*.ts"],
    ignores: ["lib/search/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^@/lib/(?!search/|visibility/|pagination$|process-cache$|validation$|rate-limits/|log/)[a-z-]+/(?!(?:[a-z]+-)?(?:queries|schema|rules)$)", message: "lib/search reads other domains only through their queries (queries.ts, <topic>-queries.ts), plus schema input shapes and pure rules." }] }],
    },
  },
  { ignores: [".next/**", ".data/**", "node_modules/**", "db/migrations/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
