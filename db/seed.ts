import type { Database } from "./client";
import { seedDemoMembers } from "./seed/demo-members";
import { seedReferenceData } from "./seed/reference";

/** Idempotent: safe to run on every start. */
export async function seedDatabase(db: Database, options: { demo?: boolean } = {}): Promise<void> {
  await seedReferenceData(db);
  if (options.demo ?? true) await seedDemoMembers(db);
}
