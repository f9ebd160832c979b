// Starts the background job worker in every app instance (jobs live in Postgres and are claimed
// with SKIP LOCKED, so several instances share the work without doing anything twice).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { registerTracing } = await import("@/lib/metrics/tracing");
  registerTracing();
  const { installGracefulShutdown } = await import("@/lib/health/shutdown");
  if (process.env.JOB_WORKER === "0") {
    installGracefulShutdown(async () => {});
    return;
  }
  const { startJobWorker } = await import("@/lib/jobs/worker");
  const { jobHandlers, scheduleRetention } = await import("@/lib/jobs/handlers");
  const { scheduleMeetupReminders } = await import("@/lib/meetups/jobs");
  const { scheduleQuestionReminders } = await import("@/lib/notifications/jobs");
  const { scheduleDigests } = await import("@/lib/notifications/digest-jobs");
  const { scheduleInboundMailPoll } = await import("@/lib/inbound-mail/jobs");
  const stopWorker = startJobWorker({
    handlers: jobHandlers,
    periodic: [scheduleMeetupReminders, scheduleRetention, () => scheduleQuestionReminders(), () => scheduleDigests(), scheduleInboundMailPoll],
    intervalMs: Number(process.env.JOB_INTERVAL_MS || 60_000),
  });
  // SIGTERM: take no new jobs, hand the claimed, unstarted ones back to the other instances, finish
  // the job and the requests under way, close the pool, exit 0 (lib/health/shutdown.ts).
  installGracefulShutdown(stopWorker);
}

/**
 * A request failed: log it with its request id (never the query string), and if the database went
 * away, let later pages say so at once (lib/health/database.ts).
 */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath?: string; routeType?: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { markDatabaseUnreachable } = await import("@/lib/health/database");
  const { isRequestId, loggedPath, logger } = await import("@/lib/log/logger");
  markDatabaseUnreachable(error);
  const reqId = request.headers["x-request-id"];
  logger().error(
    { err: error, reqId: typeof reqId === "string" && isRequestId(reqId) ? reqId : undefined, method: request.method, route: context.routePath, path: loggedPath(request.path.split("?")[0] ?? "") },
    "request failed",
  );
}
