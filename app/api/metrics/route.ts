import { metrics, metricsAllowed } from "@/lib/metrics/registry";

export const dynamic = "force-dynamic";

/** Prometheus metrics, for a scraper holding METRICS_TOKEN; without the setting there is nothing here. */
export async function GET(request: Request) {
  const access = metricsAllowed(request.headers.get("authorization"));
  if (access === "disabled") return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (access === "refused") {
    return new Response("Unauthorized\n", {
      status: 401,
      headers: { "content-type": "text/plain; charset=utf-8", "www-authenticate": 'Bearer realm="metrics"' },
    });
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
}
