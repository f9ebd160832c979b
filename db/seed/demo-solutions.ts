import { count, eq, inArray } from "drizzle-orm";
import type { Database } from "../client";
import { solutionReuses, solutions, users } from "../schema";
import { createSolution } from "@/lib/solutions/mutations";
import { solutionInput } from "@/lib/solutions/schema";
import { demoMembers } from "./demo-members";
import { demoSolutions } from "./demo-solutions/index";

// DEMO DATA: written through the same mutation members use, so slugs, services, tags, links and the
// first revision are stored exactly as for real content. Runs once: when any demo member already
// authored a solution, nothing is added.
export async function seedDemoSolutions(db: Database): Promise<void> {
  const demoUsers = await db
    .select({ id: users.id, email: users.email, role: users.role })
    .from(users)
    .where(inArray(users.email, demoMembers.map((m) => m.email)));
  const [existing] = await db.select({ n: count() }).from(solutions).where(inArray(solutions.authorId, demoUsers.map((u) => u.id)));
  if ((existing?.n ?? 0) > 0) return;

  const idByEmail = new Map(demoUsers.map((u) => [u.email, u.id]));
  // Solutions of municipalities without a demo member are entered by the demo moderator.
  const editor = demoUsers.find((u) => u.role === "moderator");
  if (!editor) throw new Error("demo seed: the demo moderator is missing");
  const slugByKey = new Map<string, string>();
  const now = Date.now();

  for (const [index, demo] of demoSolutions.entries()) {
    const input = solutionInput.parse({
      ...demo,
      municipalityAgs: demo.ags,
      basedOnSlug: demo.basedOnKey ? slugByKey.get(demo.basedOnKey) : undefined,
      intent: "publish",
    });
    const authorId = idByEmail.get(demo.authorEmail) ?? editor.id;
    const result = await createSolution({ authorId, input });
    if (!result.ok) throw new Error(`demo seed: ${demo.key}: ${JSON.stringify(result.errors)}`);
    slugByKey.set(demo.key, result.slug);

    // Spread publication over the past so "newest" means something; a few were last confirmed more
    // than a year ago and show the "may be outdated" badge.
    const published = demo.goLiveDate ? new Date(`${demo.goLiveDate}T09:00:00Z`) : new Date(now - index * 86_400_000 * 5);
    const confirmed = index % 9 === 4 ? new Date(now - 400 * 86_400_000) : new Date(Math.max(published.getTime(), now - (index % 6) * 30 * 86_400_000));
    await db.update(solutions).set({ publishedAt: published, confirmedAt: confirmed }).where(eq(solutions.id, result.id));
    if (demo.reuses.length > 0) {
      await db
        .insert(solutionReuses)
        .values(demo.reuses.map((reuse) => ({ solutionId: result.id, municipalityAgs: reuse.ags, memberId: editor.id, status: reuse.status })))
        .onConflictDoNothing();
    }
  }
}
