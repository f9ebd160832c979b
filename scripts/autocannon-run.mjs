// One autocannon run with every response's latency kept, shared by `npm run loadtest` and
// `npm run bench:web`. A response with status ≥ 400, a socket error and a timeout count as errors.
import autocannon from "autocannon";

/**
 * Drives `url` with `connections` connections for `duration` seconds. `request()` (optional) gives
 * each request its path, method, headers and body. Resolves to { times, errors, requests, non2xx }.
 */
export function runAutocannon({ url, connections, duration, request, timeout = 30 }) {
  const times = [];
  let errors = 0;
  const instance = autocannon({
    url,
    connections,
    duration,
    timeout,
    ...(request && {
      requests: [
        {
          setupRequest: (req) => {
            const next = request();
            return { ...req, ...next, headers: { ...(req.headers ?? {}), ...(next.headers ?? {}) } };
          },
        },
      ],
    }),
  });
  instance.on("response", (_client, status, _bytes, time) => {
    times.push(time);
    if (status >= 400) errors += 1;
  });
  return new Promise((resolve, reject) =>
    instance
      .once("done", (result) => resolve({ times, errors: errors + result.errors + result.timeouts, requests: result.requests.total, non2xx: result.non2xx }))
      .once("error", reject),
  );
}

/** The p-th percentile of an ascending list (NaN for an empty one). */
export const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
