import type { Database } from "./client";
import { seedDemoMeetups } from "./seed/demo-meetups";
import { seedDemoDomains, seedDemoMembers } from "./seed/demo-members";
import { seedDemoSolutions } from "./seed/demo-solutions";
import { seedReferenceData } from "./seed/reference";
import { refreshMissingSearchTerms } from "@/lib/search/mutations";

/**
 * Idempotent: safe to run on every start. Demo solutions are written through the app's own mutation,
 * which uses the process-wide connection: pass that one (see db/setup.ts).
 */
export async function seedDatabase(db: Database, options: { demo?: boolean; demoSolutions?: boolean } = {}): Promise<void> {
  await seedReferenceData(db);
  if (options.demo ?? true) {
    await seedDemoMembers(db);
    await seedDemoDomains(db);
    if (options.demoSolutions ?? true) {
      await seedDemoSolutions(db);
      await seedDemoMeetups(db);
    }
  }
  // Solutions saved before the search terms existed (see solutions.searchTerms).
  await refreshMissingSearchTerms(db);
}
