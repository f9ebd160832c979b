import "server-only";
import { and, asc, count, desc, eq, exists, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import {
  comments,
  meetupAgendaItems,
  meetupAgendaSpeakers,
  meetups,
  memberExpertise,
  municipalities,
  organisations,
  ozgServices,
  solutionCoauthors,
  solutions,
  themenfelder,
  users,
} from "@/db/schema";
import { likeEscape } from "@/lib/pagination";
import { solutionVisibleTo } from "@/lib/visibility/permissions";
import { anonymousViewer, type Viewer } from "@/lib/visibility/rules";
import { contactVisible, seesProfiles } from "./rules";
import type { MemberSearch } from "./schema";

/**
 * A member with their profile, or null: the signed-in member (lib/auth/session.ts) and the author
 * or editor a mutation checks. Includes the e-mail address: never hand it to someone else's page.
 */
export async function getMemberById(id: string) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      status: users.status,
      roleTitle: users.roleTitle,
      municipalityAgs: users.municipalityAgs,
      municipalityName: municipalities.shortName,
      organisationId: users.organisationId,
      organisationName: organisations.name,
    })
    .from(users)
    .leftJoin(municipalities, eq(municipalities.ags, users.municipalityAgs))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}

/**
 * The verified members of a municipality (a pending member's municipality is only a claim), by name:
 * profile fields only, never e-mail addresses. The caller decides who may see names (`seesProfiles`).
 */
export async function listMembersOfMunicipality(ags: string) {
  return db
    .select({ id: users.id, name: users.name, roleTitle: users.roleTitle, isDemo: users.isDemo })
    .from(users)
    .where(and(eq(users.municipalityAgs, ags), eq(users.status, "verified"), isNotNull(users.name)))
    .orderBy(asc(users.name));
}

/** How many verified members a municipality has (what everyone may know). */
export async function countMembersOfMunicipality(ags: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.municipalityAgs, ags), eq(users.status, "verified"), isNotNull(users.name)));
  return row?.n ?? 0;
}

const ADMIN_PAGE_SIZE = 50;

/** For moderators and admins only (the page checks): members with their e-mail and status, to suspend and (admins) grant roles. */
export async function listMembersForAdmin({ q, role, status, page }: Omit<MemberSearch, "page"> & { page: number }) {
  const conditions: SQL[] = [];
  if (q) conditions.push(or(ilike(users.name, `%${likeEscape(q)}%`), ilike(users.email, `%${likeEscape(q)}%`), ilike(municipalities.shortName, `%${likeEscape(q)}%`))!);
  if (role) conditions.push(eq(users.role, role));
  if (status) conditions.push(eq(users.status, status));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        status: users.status,
        isDemo: users.isDemo,
        municipalityName: municipalities.shortName,
      })
      .from(users)
      .leftJoin(municipalities, eq(municipalities.ags, users.municipalityAgs))
      .where(where)
      .orderBy(asc(users.name), asc(users.email))
      .limit(ADMIN_PAGE_SIZE)
      .offset((page - 1) * ADMIN_PAGE_SIZE),
    db.select({ n: count() }).from(users).leftJoin(municipalities, eq(municipalities.ags, users.municipalityAgs)).where(where),
  ]);
  return { items, total: total?.n ?? 0, page, pageSize: ADMIN_PAGE_SIZE };
}

/**
 * Whom a member can ask for a role: the admins by name and municipality (as any member sees other
 * members on municipality pages), never their e-mail addresses.
 */
export async function listAdmins() {
  return db
    .select({ id: users.id, name: users.name, municipalityName: municipalities.shortName })
    .from(users)
    .leftJoin(municipalities, eq(municipalities.ags, users.municipalityAgs))
    .where(eq(users.role, "admin"))
    .orderBy(asc(users.name), asc(users.id));
}

/**
 * What members see of another member (/members/[id], where mentions link to): name, role title,
 * municipality or organisation, bio, expertise (software, Themenfelder, OZG services), the
 * published solutions they wrote or co-wrote, their answers to questions and their talks — of each
 * only what the viewer may see. Null for viewers who may not see profiles (`seesProfiles`:
 * anonymous, pending, suspended), for unknown ids and for members without a name (sign-up not
 * finished). E-mail and phone only when the member chose to show them, and only to verified members.
 */
export async function getMemberProfile(id: string, viewer: Viewer = anonymousViewer) {
  if (!seesProfiles(viewer)) return null;
  const [member] = await db
    .select({
      id: users.id,
      name: users.name,
      status: users.status,
      roleTitle: users.roleTitle,
      isDemo: users.isDemo,
      municipalityAgs: users.municipalityAgs,
      municipalityName: municipalities.name,
      organisationName: organisations.name,
      bio: users.bio,
      email: users.email,
      phone: users.phone,
      showEmail: users.showEmail,
      showPhone: users.showPhone,
      software: users.expertiseSoftware,
    })
    .from(users)
    .leftJoin(municipalities, eq(municipalities.ags, users.municipalityAgs))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, id))
    .limit(1);
  if (!member?.name) return null;
  const { email, phone, showEmail, showPhone, ...shown } = member;
  const question = alias(comments, "question");
  const [written, expertise, answers, talks] = await Promise.all([
    db
      .select({ slug: solutions.slug, title: solutions.title })
      .from(solutions)
      .where(
        and(
          eq(solutions.state, "published"),
          // What this viewer may see of them (lib/visibility): not network ones for pending members, no hidden ones.
          solutionVisibleTo(viewer),
          or(
            eq(solutions.authorId, id),
            exists(db.select({ one: solutionCoauthors.userId }).from(solutionCoauthors).where(and(eq(solutionCoauthors.solutionId, solutions.id), eq(solutionCoauthors.userId, id)))),
          ),
        ),
      )
      .orderBy(desc(solutions.publishedAt))
      .limit(50),
    listExpertise([id]),
    // Their replies marked as the answer to a question, on solutions this viewer may see.
    db
      .select({ commentId: comments.id, slug: solutions.slug, title: solutions.title, answeredAt: question.answeredAt })
      .from(comments)
      .innerJoin(question, and(eq(question.answerId, comments.id), isNull(question.deletedAt), isNull(question.hiddenAt)))
      .innerJoin(solutions, eq(solutions.id, comments.solutionId))
      .where(and(eq(comments.authorId, id), isNull(comments.deletedAt), isNull(comments.hiddenAt), eq(solutions.state, "published"), solutionVisibleTo(viewer)))
      .orderBy(desc(question.answeredAt))
      .limit(20),
    // Agenda items they speak at, in published meetups (meetups are public once published).
    db
      .selectDistinct({ itemId: meetupAgendaItems.id, itemTitle: meetupAgendaItems.title, startsAt: meetupAgendaItems.startsAt, slug: meetups.slug, meetupTitle: meetups.title })
      .from(meetupAgendaSpeakers)
      .innerJoin(meetupAgendaItems, eq(meetupAgendaItems.id, meetupAgendaSpeakers.itemId))
      .innerJoin(meetups, eq(meetups.id, meetupAgendaItems.meetupId))
      .where(and(eq(meetupAgendaSpeakers.userId, id), eq(meetups.state, "published")))
      .orderBy(desc(meetupAgendaItems.startsAt))
      .limit(20),
  ]);
  return {
    ...shown,
    email: contactVisible(viewer, member, showEmail) ? email : null,
    phone: contactVisible(viewer, member, showPhone) ? phone : null,
    themenfelder: expertise.get(id)?.themenfelder ?? [],
    services: expertise.get(id)?.services ?? [],
    solutions: written,
    answers,
    talks,
  };
}

/** The Themenfelder and OZG services each of these members named as their expertise, by name. */
export async function listExpertise(memberIds: string[]) {
  const byMember = new Map<string, { themenfelder: { id: number; name: string }[]; services: { id: number; name: string }[] }>();
  if (memberIds.length === 0) return byMember;
  const rows = await db
    .select({ userId: memberExpertise.userId, kind: memberExpertise.kind, id: memberExpertise.refId, themenfeld: themenfelder.name, service: ozgServices.name })
    .from(memberExpertise)
    .leftJoin(themenfelder, and(eq(memberExpertise.kind, "themenfeld"), eq(themenfelder.id, memberExpertise.refId)))
    .leftJoin(ozgServices, and(eq(memberExpertise.kind, "service"), eq(ozgServices.id, memberExpertise.refId)))
    .where(inArray(memberExpertise.userId, memberIds))
    .orderBy(asc(memberExpertise.kind), asc(sql`coalesce(${themenfelder.name}, ${ozgServices.name})`));
  for (const row of rows) {
    const entry = byMember.get(row.userId) ?? { themenfelder: [], services: [] };
    byMember.set(row.userId, entry);
    if (row.kind === "themenfeld" && row.themenfeld) entry.themenfelder.push({ id: row.id, name: row.themenfeld });
    if (row.kind === "service" && row.service) entry.services.push({ id: row.id, name: row.service });
  }
  return byMember;
}

/** The signed-in member's own profile details, for the form on /settings/profile. */
export async function getProfileDetails(memberId: string) {
  const [row] = await db
    .select({ bio: users.bio, phone: users.phone, showEmail: users.showEmail, showPhone: users.showPhone, software: users.expertiseSoftware })
    .from(users)
    .where(eq(users.id, memberId))
    .limit(1);
  if (!row) return null;
  const expertise = (await listExpertise([memberId])).get(memberId);
  return { ...row, themenfelder: expertise?.themenfelder ?? [], services: expertise?.services ?? [] };
}
