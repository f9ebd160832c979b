import "server-only";
import { and, asc, desc, eq, exists, inArray, ne, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { meetupRegistrations, meetups, municipalities, solutionCoauthors, solutionReuses, solutions, type MemberRole, type MemberStatus, type SolutionStatus } from "@/db/schema";
import { listMeetupsOrganisedBy } from "@/lib/meetups/queries";
import { waitlistPosition } from "@/lib/meetups/waitlist-queries";
import { isOutdated } from "@/lib/solutions/rules";
import { writtenBy } from "@/lib/solutions/permissions";
import { listReusesOfMunicipality } from "@/lib/solutions/queries";

export type MySolution = {
  slug: string;
  title: string;
  municipalityName: string;
  status: SolutionStatus;
  updatedAt: Date;
  // When the authors last vouched that it is still current (the publication counts as the first time).
  confirmedAt: Date | null;
  outdated: boolean;
  reuseCount: number;
};

async function listSolutions(where: SQL): Promise<MySolution[]> {
  const rows = await db
    .select({
      slug: solutions.slug,
      title: solutions.title,
      municipalityName: municipalities.shortName,
      status: solutions.status,
      updatedAt: solutions.updatedAt,
      confirmedAt: sql<Date | null>`coalesce(${solutions.confirmedAt}, ${solutions.publishedAt})`.mapWith(solutions.confirmedAt),
      reuseCount: db.$count(solutionReuses, eq(solutionReuses.solutionId, solutions.id)),
    })
    .from(solutions)
    .innerJoin(municipalities, eq(municipalities.ags, solutions.municipalityAgs))
    .where(where)
    .orderBy(desc(solutions.updatedAt), asc(solutions.slug));
  return rows.map((row) => ({ ...row, outdated: isOutdated(row.confirmedAt) }));
}

const coauthoredBy = (memberId: string) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(solutionCoauthors)
      .where(and(eq(solutionCoauthors.solutionId, solutions.id), eq(solutionCoauthors.userId, memberId))),
  );

async function listRegistrations(memberId: string) {
  const rows = await db
    .select({
      slug: meetups.slug,
      title: meetups.title,
      startsAt: meetups.startsAt,
      endsAt: meetups.endsAt,
      meetupState: meetups.state,
      status: meetupRegistrations.status,
      waitlistPosition,
      attended: meetupRegistrations.attended,
      past: sql<boolean>`${meetups.endsAt} < now()`,
    })
    .from(meetupRegistrations)
    .innerJoin(meetups, eq(meetups.id, meetupRegistrations.meetupId))
    // A registration for a meetup taken back to draft is not shown: its page is not public either.
    .where(and(eq(meetupRegistrations.userId, memberId), ne(meetupRegistrations.status, "cancelled"), inArray(meetups.state, ["published", "cancelled"])))
    .orderBy(asc(meetups.startsAt), asc(meetups.id));
  const toItem = ({ past: _past, ...row }: (typeof rows)[number]) => row;
  return {
    upcoming: rows.filter((r) => !r.past).map(toItem),
    // The most recent past meeting first.
    past: rows.filter((r) => r.past).map(toItem).reverse(),
  };
}
export type MyRegistration = Awaited<ReturnType<typeof listRegistrations>>["upcoming"][number];

/**
 * Everything of one member's own on one page: what they write, what their municipality reuses,
 * the meetups they come to or organise, and what waits for them.
 */
export async function getMyOverview(member: { id: string; municipalityAgs: string | null; status?: MemberStatus; role?: MemberRole }) {
  const [drafts, published, coauthored, reuses, registrations, organised] = await Promise.all([
    // Co-authored drafts too: a draft has no other way to be found again than its URL.
    listSolutions(and(eq(solutions.state, "draft"), writtenBy(member.id))!),
    listSolutions(and(eq(solutions.state, "published"), eq(solutions.authorId, member.id))!),
    listSolutions(and(eq(solutions.state, "published"), ne(solutions.authorId, member.id), coauthoredBy(member.id))!),
    member.municipalityAgs
      ? listReusesOfMunicipality(member.municipalityAgs, member.status && member.role ? { id: member.id, status: member.status, role: member.role } : null)
      : Promise.resolve([]),
    listRegistrations(member.id),
    listMeetupsOrganisedBy(member.id),
  ]);
  return {
    drafts,
    published,
    coauthored,
    reuses,
    registrations,
    organised,
    // What needs the member: their solutions nobody confirmed for twelve months.
    toConfirm: [...published, ...coauthored].filter((s) => s.outdated),
  };
}
export type MyOverview = Awaited<ReturnType<typeof getMyOverview>>;
