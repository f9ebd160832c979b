import "server-only";
import { and, asc, count, desc, eq, exists, ilike, or, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { municipalities, organisations, solutionCoauthors, solutions, users } from "@/db/schema";
import { likeEscape } from "@/lib/pagination";
import { solutionVisibleTo } from "@/lib/visibility/permissions";
import { anonymousViewer, type Viewer } from "@/lib/visibility/rules";
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

/** Public profile fields only: never e-mail addresses. */
export async function listMembersOfMunicipality(ags: string) {
  return db
    .select({ id: users.id, name: users.name, roleTitle: users.roleTitle, isDemo: users.isDemo })
    .from(users)
    .where(eq(users.municipalityAgs, ags))
    .orderBy(asc(users.name));
}

export async function countMembersOfMunicipality(ags: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users).where(eq(users.municipalityAgs, ags));
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
 * municipality and the published solutions they wrote or co-wrote that the viewer may see. Never
 * the e-mail address.
 */
export async function getMemberProfile(id: string, viewer: Viewer = anonymousViewer) {
  const [member] = await db
    .select({
      id: users.id,
      name: users.name,
      roleTitle: users.roleTitle,
      isDemo: users.isDemo,
      municipalityAgs: users.municipalityAgs,
      municipalityName: municipalities.name,
    })
    .from(users)
    .leftJoin(municipalities, eq(municipalities.ags, users.municipalityAgs))
    .where(eq(users.id, id))
    .limit(1);
  if (!member?.name) return null;
  const written = await db
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
    .limit(50);
  return { ...member, solutions: written };
}
