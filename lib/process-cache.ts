/**
 * Keeps the result of `load` in this process for `ttlMs`. Only for data that changes when the
 * reference data is re-seeded or a statistic is refreshed: every instance loads it on its own, a
 * restart or the next expiry brings changes in, and nothing depends on it surviving. A failed load
 * is not kept.
 */
export function processCached<T>(ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  let entry: { value: Promise<T>; expires: number } | null = null;
  return () => {
    const now = Date.now();
    if (!entry || entry.expires <= now) {
      const value = load();
      const current = { value, expires: now + ttlMs };
      entry = current;
      value.catch(() => {
        if (entry === current) entry = null;
      });
    }
    return entry.value;
  };
}
