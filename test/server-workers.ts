/**
 * On a Postgres server the suite runs several files side by side (vitest.config.mts sets how many,
 * KOMMUNALNETZ_TEST_WORKERS), each worker on a database of its own (`<name>_vitest_<worker>`, copied
 * from the one seeded database): the files of one worker share it, the workers never meet. Vitest
 * numbers its workers 1…n (VITEST_POOL_ID).
 */
export function serverWorkers(): number {
  return Number(process.env.KOMMUNALNETZ_TEST_WORKERS ?? 1);
}

export function workerDatabaseName(base: string, worker: number | string) {
  return `${base}_${worker}`;
}
