import "server-only";
import { closeConnection } from "@/db/client";
import { logger } from "@/lib/log/logger";

const setting = (value: string | undefined, fallback: number) => {
  const number = Number(value);
  return value && Number.isFinite(number) && number > 0 ? number : fallback;
};

/**
 * Graceful shutdown on SIGTERM (and SIGINT) for `next start` and the standalone server.
 *
 * Next.js' own signal handler (next/dist/server/lib/start-server.js) stops accepting connections,
 * waits for the requests under way and then calls `process.exit(143)` — without waiting for
 * anything else in the process. `NEXT_MANUAL_SIG_HANDLE` would switch that handler off entirely,
 * and with it the draining of requests, because the app cannot reach the HTTP server. So we keep
 * Next.js' handler and hold its exit instead: on the signal the job worker stops taking jobs at
 * once (`stopWork`) and its job under way runs to its end; when Next.js has drained the requests
 * and asks to exit, we wait for that job, close the database pool and exit with 0. Whatever is not
 * done within `SHUTDOWN_TIMEOUT_MS` (default 25 s, below the usual 30 s grace period of Docker and
 * Kubernetes) is abandoned with exit code 1; a job cut off that way is run again by another instance
 * when its lease ends.
 */
export function installGracefulShutdown(stopWork: () => Promise<void>): void {
  const exit = process.exit.bind(process);
  let shuttingDown: Promise<void> | undefined;

  const begin = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    const timeoutMs = setting(process.env.SHUTDOWN_TIMEOUT_MS, 25_000);
    logger().info({ signal, timeoutMs }, "shutting down");
    const timer = setTimeout(() => {
      logger().error({ timeoutMs }, "shutdown timed out: exiting with work unfinished");
      exit(1);
    }, timeoutMs);
    timer.unref();
    shuttingDown = stopWork().catch((error) => {
      logger().error({ err: error }, "stopping the job worker failed");
    });
    // Next.js calls process.exit once its HTTP server has closed: the requests under way are done.
    process.exit = ((code?: number | string | null) => {
      void shuttingDown!
        .then(() => closeConnection())
        .then(
          () => {
            logger().info({ nextExitCode: code }, "shut down cleanly");
            exit(0);
          },
          (error: unknown) => {
            logger().error({ err: error }, "closing the database failed");
            exit(1);
          },
        );
    }) as typeof process.exit;
    // Without Next.js' handler (NEXT_MANUAL_SIG_HANDLE set) nobody else ends the process.
    if (process.env.NEXT_MANUAL_SIG_HANDLE) process.exit(0);
  };
  process.once("SIGTERM", () => begin("SIGTERM"));
  process.once("SIGINT", () => begin("SIGINT"));
}
