import "server-only";
import { solutionVisibleTo } from "@/lib/visibility/permissions";
import { anonymousViewer } from "@/lib/visibility/rules";
import { and, asc, count, desc, eq, exists, gte, ilike, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import {
  meetupAgendaItems,
  meetupAgendaSolutions,
  meetupAgendaSpeakers,
  meetupMaterials,
  meetupOrganisers,
  meetupRegistrations,
  meetups,
  municipalities,
  ozgServices,
  solutions,
  solutionServices,
  users,
  type MeetupFormat,
  type MeetupState,
  type RegistrationStatus,
} from "@/db/schema";
import { likeEscape, type Page } from "@/lib/pagination";
import { loadPublicParticipants, loadViewerRegistration } from "./participant-queries";
import { isUuid, manageableBy } from "./permissions";
import type { MeetupFilters, MeetupListSearch } from "./schema";
import { seatsLeft } from "./waitlist-queries";

// Drafts exist only for their organisers; cancelled meetups stay listed (with their reason), so that
// nobody travels to a meeting that is off and calendar feeds can carry STATUS:CANCELLED.
const listed = inArray(meetups.state, ["published", "cancelled"]);

const countWithStatus = (status: RegistrationStatus) =>
  db.$count(meetupRegistrations, and(eq(meetupRegistrations.meetupId, meetups.id), eq(meetupRegistrations.status, status)));

/** The filters of the list page, the API and the calendar feed. `state` is the host's Land. */
function filterConditions(filters: MeetupFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.format) conditions.push(eq(meetups.format, filters.format));
  if (filters.state) {
    conditions.push(
      inArray(meetups.hostMunicipalityAgs, db.select({ ags: municipalities.ags }).from(municipalities).where(eq(municipalities.stateCode, filters.state))),
    );
  }
  if (filters.themenfeld) {
    // A meetup belongs to a Themenfeld through the published solutions presented on its agenda.
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(meetupAgendaItems)
          .innerJoin(meetupAgendaSolutions, eq(meetupAgendaSolutions.itemId, meetupAgendaItems.id))
          .innerJoin(solutions, and(eq(solutions.id, meetupAgendaSolutions.solutionId), eq(solutions.state, "published")))
          .innerJoin(solutionServices, eq(solutionServices.solutionId, solutions.id))
          .innerJoin(ozgServices, eq(ozgServices.id, solutionServices.ozgServiceId))
          .where(and(eq(meetupAgendaItems.meetupId, meetups.id), eq(ozgServices.themenfeldId, filters.themenfeld))),
      ),
    );
  }
  return conditions;
}

/** A meetup whose title or description has the words (German stemming), or whose title contains the text. */
function meetupText(q: string): SQL {
  return or(
    sql`to_tsvector('german', ${meetups.title} || ' ' || ${meetups.description}) @@ plainto_tsquery('german', ${q})`,
    ilike(meetups.title, `%${likeEscape(q)}%`),
  )!;
}

export type MeetupListItem = {
  id: string;
  slug: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  format: MeetupFormat;
  state: MeetupState;
  cancelReason: string | null;
  venueName: string | null;
  hostMunicipality: { ags: string; name: string } | null;
  capacity: number;
  registeredCount: number;
  waitlistCount: number;
  seatsLeft: number;
};

/**
 * Upcoming (not yet over, soonest first) or past (latest first) meetups. A meetup that is running
 * counts as upcoming until it ends.
 */
export async function listMeetups(search: MeetupListSearch): Promise<Page<MeetupListItem>> {
  const when = search.when === "past" ? lt(meetups.endsAt, sql`now()`) : gte(meetups.endsAt, sql`now()`);
  const where = and(listed, when, ...filterConditions(search), search.q ? meetupText(search.q) : undefined);
  const order = search.when === "past" ? [desc(meetups.startsAt), asc(meetups.id)] : [asc(meetups.startsAt), asc(meetups.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: meetups.id,
        slug: meetups.slug,
        title: meetups.title,
        startsAt: meetups.startsAt,
        endsAt: meetups.endsAt,
        format: meetups.format,
        state: meetups.state,
        cancelReason: meetups.cancelReason,
        venueName: meetups.venueName,
        hostAgs: municipalities.ags,
        hostName: municipalities.shortName,
        capacity: meetups.capacity,
        registeredCount: countWithStatus("registered"),
        waitlistCount: countWithStatus("waitlisted"),
      })
      .from(meetups)
      .leftJoin(municipalities, eq(municipalities.ags, meetups.hostMunicipalityAgs))
      .where(where)
      .orderBy(...order)
      .limit(search.pageSize)
      .offset((search.page - 1) * search.pageSize),
    db.select({ n: count() }).from(meetups).where(where),
  ]);
  return {
    items: rows.map(({ hostAgs, hostName, ...row }) => ({
      ...row,
      hostMunicipality: hostAgs && hostName ? { ags: hostAgs, name: hostName } : null,
      seatsLeft: seatsLeft(row.capacity, row.registeredCount),
    })),
    total: total?.n ?? 0,
    page: search.page,
    pageSize: search.pageSize,
  };
}

/** Drafts included: the organiser's own overview. */
export async function listMeetupsOrganisedBy(userId: string) {
  return db
    .select({ id: meetups.id, slug: meetups.slug, title: meetups.title, startsAt: meetups.startsAt, endsAt: meetups.endsAt, state: meetups.state })
    .from(meetups)
    .innerJoin(meetupOrganisers, and(eq(meetupOrganisers.meetupId, meetups.id), eq(meetupOrganisers.userId, userId)))
    .orderBy(desc(meetups.startsAt), asc(meetups.id));
}

type Viewer = { id: string; canManage: boolean } | null;

async function loadAgenda(meetupId: string) {
  const items = await db
    .select({
      id: meetupAgendaItems.id,
      position: meetupAgendaItems.position,
      startsAt: meetupAgendaItems.startsAt,
      durationMinutes: meetupAgendaItems.durationMinutes,
      title: meetupAgendaItems.title,
      type: meetupAgendaItems.type,
      description: meetupAgendaItems.description,
    })
    .from(meetupAgendaItems)
    .where(eq(meetupAgendaItems.meetupId, meetupId))
    .orderBy(asc(meetupAgendaItems.position), asc(meetupAgendaItems.startsAt), asc(meetupAgendaItems.id));
  const ids = items.map((i) => i.id);
  if (ids.length === 0) return [];
  const [speakers, linked] = await Promise.all([
    db
      .select({
        itemId: meetupAgendaSpeakers.itemId,
        userId: meetupAgendaSpeakers.userId,
        guestName: meetupAgendaSpeakers.guestName,
        memberName: users.name,
        municipalityName: municipalities.shortName,
      })
      .from(meetupAgendaSpeakers)
      .leftJoin(users, eq(users.id, meetupAgendaSpeakers.userId))
      .leftJoin(municipalities, eq(municipalities.ags, users.municipalityAgs))
      .where(inArray(meetupAgendaSpeakers.itemId, ids))
      .orderBy(asc(meetupAgendaSpeakers.position)),
    db
      .select({
        itemId: meetupAgendaSolutions.itemId,
        id: solutions.id,
        slug: solutions.slug,
        title: solutions.title,
        municipalityName: municipalities.shortName,
      })
      .from(meetupAgendaSolutions)
      // The agenda is public (the page, the API): it links public solutions only (lib/visibility).
      .innerJoin(solutions, and(eq(solutions.id, meetupAgendaSolutions.solutionId), eq(solutions.state, "published"), solutionVisibleTo(anonymousViewer)))
      .innerJoin(municipalities, eq(municipalities.ags, solutions.municipalityAgs))
      .where(inArray(meetupAgendaSolutions.itemId, ids))
      .orderBy(asc(solutions.title)),
  ]);
  return items.map((item) => ({
    ...item,
    endsAt: new Date(item.startsAt.getTime() + item.durationMinutes * 60_000),
    speakers: speakers
      .filter((s) => s.itemId === item.id)
      .map((s) => ({ userId: s.userId, name: s.memberName ?? s.guestName ?? "", municipalityName: s.userId ? s.municipalityName : null })),
    solutions: linked.filter((s) => s.itemId === item.id).map(({ itemId: _itemId, ...solution }) => solution),
  }));
}

/**
 * One meetup with what its page shows, cut to the viewer:
 * - drafts only for their organisers and admins (for everyone else: null);
 * - `onlineUrl` only for members holding a seat (not the waitlist) and for organisers/admins;
 * - `participants` (listed names + a count of the others) only for signed-in members, null for
 *   anonymous viewers; the full list with notes is getParticipantsForOrganiser.
 */
export async function getMeetupBySlug(slug: string, viewerId?: string) {
  const canManage = viewerId ? manageableBy(viewerId) : sql`false`;
  const [row] = await db
    .select({
      id: meetups.id,
      slug: meetups.slug,
      title: meetups.title,
      description: meetups.description,
      startsAt: meetups.startsAt,
      endsAt: meetups.endsAt,
      format: meetups.format,
      venueName: meetups.venueName,
      venueAddress: meetups.venueAddress,
      onlineUrl: meetups.onlineUrl,
      hostAgs: municipalities.ags,
      hostName: municipalities.shortName,
      capacity: meetups.capacity,
      registrationDeadline: meetups.registrationDeadline,
      registrationOpen: sql<boolean>`${meetups.state} = 'published' and coalesce(${meetups.registrationDeadline}, ${meetups.startsAt}) > now()`,
      state: meetups.state,
      cancelReason: meetups.cancelReason,
      sequence: meetups.sequence,
      minutes: meetups.minutes,
      createdAt: meetups.createdAt,
      updatedAt: meetups.updatedAt,
      publishedAt: meetups.publishedAt,
      registeredCount: countWithStatus("registered"),
      waitlistCount: countWithStatus("waitlisted"),
      canManage: sql<boolean>`${canManage}`,
      viewerExists: viewerId ? sql<boolean>`exists (select 1 from ${users} where ${users.id} = ${viewerId})` : sql<boolean>`false`,
    })
    .from(meetups)
    .leftJoin(municipalities, eq(municipalities.ags, meetups.hostMunicipalityAgs))
    .where(and(eq(meetups.slug, slug), or(listed, canManage)))
    .limit(1);
  if (!row) return null;
  const viewer: Viewer = viewerId && row.viewerExists ? { id: viewerId, canManage: row.canManage } : null;

  const [organisers, agenda, materials, viewerRegistration, participants] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, municipalityName: municipalities.shortName })
      .from(meetupOrganisers)
      .innerJoin(users, eq(users.id, meetupOrganisers.userId))
      .leftJoin(municipalities, eq(municipalities.ags, users.municipalityAgs))
      .where(eq(meetupOrganisers.meetupId, row.id))
      .orderBy(asc(meetupOrganisers.createdAt), asc(users.id)),
    loadAgenda(row.id),
    db
      .select({ id: meetupMaterials.id, kind: meetupMaterials.kind, title: meetupMaterials.title, url: meetupMaterials.url })
      .from(meetupMaterials)
      .where(eq(meetupMaterials.meetupId, row.id))
      .orderBy(asc(meetupMaterials.createdAt), asc(meetupMaterials.id)),
    viewer ? loadViewerRegistration(row.id, viewer.id) : Promise.resolve(null),
    viewer ? loadPublicParticipants(row.id) : Promise.resolve(null),
  ]);

  const { hostAgs, hostName, onlineUrl, viewerExists: _viewerExists, ...rest } = row;
  const mayJoinOnline = Boolean(viewer?.canManage) || (viewerRegistration?.status === "registered" && row.state === "published");
  return {
    ...rest,
    onlineUrl: mayJoinOnline ? onlineUrl : null,
    hostMunicipality: hostAgs && hostName ? { ags: hostAgs, name: hostName } : null,
    seatsLeft: seatsLeft(row.capacity, row.registeredCount),
    organisers,
    agenda,
    materials,
    viewerRegistration,
    participants,
  };
}
export type MeetupDetail = NonNullable<Awaited<ReturnType<typeof getMeetupBySlug>>>;

/** For a solution's page: published meetups (past and upcoming) whose agenda presents it. */
export async function listMeetupsPresentingSolution(solutionId: string) {
  if (!isUuid(solutionId)) return [];
  return db
    .selectDistinct({ id: meetups.id, slug: meetups.slug, title: meetups.title, startsAt: meetups.startsAt, endsAt: meetups.endsAt })
    .from(meetups)
    .innerJoin(meetupAgendaItems, eq(meetupAgendaItems.meetupId, meetups.id))
    .innerJoin(meetupAgendaSolutions, eq(meetupAgendaSolutions.itemId, meetupAgendaItems.id))
    .where(and(eq(meetupAgendaSolutions.solutionId, solutionId), eq(meetups.state, "published")))
    .orderBy(desc(meetups.startsAt), asc(meetups.id));
}

export const FEED_LOOKBACK_DAYS = 30;

/**
 * What an iCalendar feed needs (public fields only, never the online link): uid (= meetup id, stable
 * across edits), sequence, times, status, slug for the URL. Cancelled meetups stay in so that
 * subscribed calendars learn of the cancellation. Meetups that ended up to FEED_LOOKBACK_DAYS ago
 * are kept as well: a calendar app deletes events that vanish from a feed, and a meeting that just
 * took place should not disappear from the subscribers' calendars.
 */
export async function upcomingMeetupsForFeed(filters: MeetupFilters = {}, options: { limit?: number } = {}) {
  return db
    .select({
      uid: meetups.id,
      slug: meetups.slug,
      title: meetups.title,
      description: meetups.description,
      startsAt: meetups.startsAt,
      endsAt: meetups.endsAt,
      format: meetups.format,
      venueName: meetups.venueName,
      venueAddress: meetups.venueAddress,
      hostMunicipalityName: municipalities.shortName,
      status: meetups.state,
      cancelReason: meetups.cancelReason,
      sequence: meetups.sequence,
      createdAt: meetups.createdAt,
      updatedAt: meetups.updatedAt,
    })
    .from(meetups)
    .leftJoin(municipalities, eq(municipalities.ags, meetups.hostMunicipalityAgs))
    .where(and(listed, gte(meetups.endsAt, sql`now() - make_interval(days => ${FEED_LOOKBACK_DAYS})`), ...filterConditions(filters)))
    .orderBy(asc(meetups.startsAt), asc(meetups.id))
    .limit(options.limit ?? 500);
}
export type FeedMeetup = Awaited<ReturnType<typeof upcomingMeetupsForFeed>>[number];
