/**
 * On a Postgres server the suite runs this many files side by side, each worker on a database of its
 * own (`<name>_vitest_<worker>`, copied from the one seeded database): the files of one worker share it
 * as they did before, the workers never meet. Vitest numbers its workers 1…n (VITEST_POOL_ID).
 */
export const SERVER_WORKERS = 2;

export function workerDatabaseName(base: string, worker: number | string) {
  return `${base}_${worker}`;
}
