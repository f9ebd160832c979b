/** A solution nobody has vouched for in twelve months may no longer be live or have the same contact. */
export const OUTDATED_AFTER_MONTHS = 12;

export function isOutdated(lastConfirmedAt: Date | null, now: Date = new Date()): boolean {
  if (!lastConfirmedAt) return false;
  const limit = new Date(now);
  limit.setMonth(limit.getMonth() - OUTDATED_AFTER_MONTHS);
  return lastConfirmedAt < limit;
}
