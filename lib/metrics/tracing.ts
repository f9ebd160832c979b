import "server-only";
import type { Context } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  type ReadableSpan,
  type Span,
  type SpanProcessor,
} from "@opentelemetry/sdk-trace-node";
import { metrics } from "./registry";

/**
 * Next.js traces every request itself once a tracer provider is registered. We register one in
 * every server instance and use its request spans twice: their durations feed the latency
 * histogram of /api/metrics (per route pattern, never per URL: no ids or search words in labels),
 * and with OTEL_EXPORTER_OTLP_ENDPOINT set they are exported as traces (OTLP over HTTP; the
 * exporter reads the standard OTEL_* variables).
 */
export function registerTracing(): void {
  const processors: SpanProcessor[] = [new RequestMetricsProcessor()];
  if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) processors.push(new BatchSpanProcessor(new OTLPTraceExporter()));
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": process.env.OTEL_SERVICE_NAME || "kommunalnetz" }),
    spanProcessors: processors,
  });
  provider.register();
}

/** Records the duration of Next.js' root request span ("BaseServer.handleRequest"). */
class RequestMetricsProcessor implements SpanProcessor {
  onStart(_span: Span, _context: Context): void {}
  onEnd(span: ReadableSpan): void {
    const attributes = span.attributes;
    if (attributes["next.span_type"] !== "BaseServer.handleRequest") return;
    const [seconds, nanos] = span.duration;
    metrics().httpDuration.observe(
      {
        method: String(attributes["http.method"] ?? "GET"),
        // Without a matched route (404s, static files) the pattern is unknown: one bucket for all.
        route: typeof attributes["http.route"] === "string" ? attributes["http.route"] : "unmatched",
        status: String(attributes["http.status_code"] ?? 0),
      },
      seconds + nanos / 1e9,
    );
  }
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
