import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const onServer = Boolean(process.env.DATABASE_URL);
// On a server, files run this many at a time, each worker on its own copy of the seeded database
// (test/server-workers.ts). The global setup runs in this process and reads the number from here.
const SERVER_WORKERS = 2;
process.env.KOMMUNALNETZ_TEST_WORKERS = String(SERVER_WORKERS);

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Outside Next.js the marker package would throw; in tests every module is "server".
      "server-only": path.resolve(import.meta.dirname, "test/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**"],
    // Each test file gets its own in-memory PGlite; on a server each worker has a fresh database.
    // AUTH_SECRET: server mode (DATABASE_URL) requires one; tokens signed in tests use it on PGlite too.
    env: { PGLITE_DIR: "memory://", TZ: "America/New_York", AUTH_SECRET: "vitest-only-secret-not-for-production-0000", LOG_LEVEL: "warn" },
    globalSetup: onServer ? ["test/global-setup-server.ts"] : ["test/global-setup-pglite.ts"],
    setupFiles: ["test/setup-database.ts"],
    // Vitest's default is one worker fewer than the cores: on CI's two cores that is one file at a
    // time, with the second core idle (the PGlite files are CPU-bound in one process each).
    maxWorkers: onServer ? SERVER_WORKERS : Math.max(2, availableParallelism() - 1),
    // next-intl and next-auth import "next/navigation" / "next/server" without a file extension,
    // which only a bundler resolves.
    server: { deps: { inline: [/next-intl/, /next-auth/] } },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
