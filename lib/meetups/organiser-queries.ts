import "server-only";
import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { meetupAgendaItems, meetups, municipalities, solutions, users } from "@/db/schema";
import { isSlug } from "@/lib/validation";
import { isUuid } from "./permissions";

/** The one slug rule (lib/validation.ts), named for the meetup pages and actions that use it. */
export const isMeetupSlug = isSlug;

/** The id behind a slug, drafts included: callers check the viewer's rights with the id. */
export async function getMeetupIdBySlug(slug: string): Promise<string | null> {
  if (!isMeetupSlug(slug)) return null;
  const [row] = await db.select({ id: meetups.id }).from(meetups).where(eq(meetups.slug, slug)).limit(1);
  return row?.id ?? null;
}

/** The agenda's item ids in the order the meetup page shows them (the order a move starts from). */
export async function listAgendaItemIds(meetupId: string): Promise<string[]> {
  if (!isUuid(meetupId)) return [];
  const rows = await db
    .select({ id: meetupAgendaItems.id })
    .from(meetupAgendaItems)
    .where(eq(meetupAgendaItems.meetupId, meetupId))
    .orderBy(asc(meetupAgendaItems.position), asc(meetupAgendaItems.startsAt), asc(meetupAgendaItems.id));
  return rows.map((r) => r.id);
}

/**
 * Published solutions by slug. `unknown` lists the slugs that match none (or only a draft, whose
 * title must not appear on a public agenda).
 */
export async function resolveSolutionSlugs(slugs: string[]): Promise<{ ids: string[]; unknown: string[] }> {
  const wellFormed = slugs.filter(isSlug);
  const rows = wellFormed.length
    ? await db
        .select({ id: solutions.id, slug: solutions.slug })
        .from(solutions)
        .where(and(inArray(solutions.slug, wellFormed), eq(solutions.state, "published")))
    : [];
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  return {
    ids: slugs.flatMap((slug) => (bySlug.has(slug) ? [bySlug.get(slug)!] : [])),
    unknown: slugs.filter((slug) => !bySlug.has(slug)),
  };
}

/** A member's id by e-mail address (case does not matter), or null. Only for organisers' forms. */
export async function getMemberIdByEmail(email: string): Promise<string | null> {
  const normalised = email.trim().toLowerCase();
  if (!normalised) return null;
  const [row] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${normalised}`).limit(1);
  return row?.id ?? null;
}

const SPEAKER_CANDIDATES_LIMIT = 2_000;

/** Members with a name, for the speaker select of the agenda form: public profile fields only. */
export async function listSpeakerCandidates() {
  return db
    .select({ id: users.id, name: users.name, municipalityName: municipalities.shortName })
    .from(users)
    .leftJoin(municipalities, eq(municipalities.ags, users.municipalityAgs))
    .where(isNotNull(users.name))
    .orderBy(asc(users.name), asc(users.id))
    .limit(SPEAKER_CANDIDATES_LIMIT);
}
export type SpeakerCandidate = Awaited<ReturnType<typeof listSpeakerCandidates>>[number];
