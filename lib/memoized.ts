/**
 * Computes each value once per key. For translations with an argument in long lists: every call
 * goes through ICU formatting, which for a list of twenty solution cards was the largest cost of
 * rendering it.
 */
export function memoized<K, V>(compute: (key: K) => V): (key: K) => V {
  const done = new Map<K, V>();
  return (key) => {
    if (!done.has(key)) done.set(key, compute(key));
    return done.get(key)!;
  };
}
