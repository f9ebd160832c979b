/**
 * A solution's contact e-mail and phone are for signed-in members only, as on the detail page (no
 * public phone book of public servants). Every view for a signed-out visitor of stored content —
 * the revision history and its diffs above all — passes through this first.
 */
export function withoutContactDetails<T extends { contactEmail: string | null; contactPhone: string | null }>(snapshot: T): T {
  return { ...snapshot, contactEmail: null, contactPhone: null };
}
