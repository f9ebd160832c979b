// The V8 heap cap of a production instance (README "Memory"). A heap snapshot under the load test
// found 147 MB of live JavaScript; without a cap V8 lets collectable garbage grow the old generation
// towards a limit derived from the machine's memory (530 MB RSS after 30 s). With these flags one
// instance stays below 300 MB RSS under `npm run loadtest`.
export const heapFlags = ["--max-old-space-size=160", "--max-semi-space-size=8"];

/**
 * NODE_OPTIONS with the heap cap added — each flag only when NODE_OPTIONS does not set it itself, so
 * `NODE_OPTIONS=--max-old-space-size=512 npm start` raises the cap for a larger installation.
 */
export function withHeapCap(nodeOptions = "") {
  const own = nodeOptions.trim();
  const missing = heapFlags.filter((flag) => !own.includes(flag.split("=")[0]));
  return [own, ...missing].filter(Boolean).join(" ");
}
