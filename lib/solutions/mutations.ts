import "server-only";
import { and, eq, inArray, like, or, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { autoFollow } from "@/lib/follows/mutations";
import {
  municipalities,
  ozgServices,
  solutionCoauthors,
  solutionLinks,
  solutionReuses,
  solutionRevisions,
  solutions,
  solutionServices,
  solutionTags,
  users,
  type ReuseStatus,
  type SolutionSnapshot,
} from "@/db/schema";
import { getMemberById } from "@/lib/members/queries";
import { enqueueDerived, enqueueReuse, enqueueSolutionPublished } from "@/lib/notifications/jobs";
import { lockVerifiedMember, verifiedMember } from "@/lib/membership/permissions";
import { fail, refusable, Refusal, type FieldErrors, type Failure } from "@/lib/result";
import { editableBy, isModerator, writtenBy } from "./permissions";
import type { SolutionInput } from "./schema";
import { nextFreeSlug, slugify } from "./slug";
import { loadSnapshot } from "./revisions";
import { recordTitleWords, refreshSearchTerms } from "@/lib/search/mutations";

export type SolutionConflict = {
  current: SolutionSnapshot & { version: number; basedOnSlug: string | null };
  changedBy: { id: string; name: string | null } | null;
  changedAt: Date;
};

export type CreateSolutionResult = { ok: true; id: string; slug: string } | Failure;
export type UpdateSolutionResult =
  | { ok: true; slug: string; version: number }
  | Failure
  // `errors.form` is set as well, so a form that only knows about errors still says something.
  | (Failure & { conflict: SolutionConflict });

type Member = Pick<NonNullable<Awaited<ReturnType<typeof getMemberById>>>, "id" | "role" | "municipalityAgs">;

/**
 * What the schema cannot know: that the AGS, the services and the "based on" solution exist, and
 * that the member may publish for that municipality. Members speak for their own municipality only;
 * moderators may enter a solution on someone's behalf.
 */
async function checkReferences(
  member: Member,
  input: SolutionInput,
  current?: { id: string; municipalityAgs: string },
): Promise<{ errors: FieldErrors; basedOnId: string | null }> {
  const errors: FieldErrors = {};
  const [municipality] = await db
    .select({ ags: municipalities.ags })
    .from(municipalities)
    .where(eq(municipalities.ags, input.municipalityAgs))
    .limit(1);
  if (!municipality) {
    errors.municipalityAgs = ["errors.solutions.municipalityUnknown"];
  } else if (
    input.municipalityAgs !== current?.municipalityAgs &&
    !isModerator(member.role) &&
    member.municipalityAgs !== input.municipalityAgs
  ) {
    errors.municipalityAgs = ["errors.solutions.municipalityNotYours"];
  }

  const known = await db
    .select({ id: ozgServices.id })
    .from(ozgServices)
    .where(inArray(ozgServices.id, input.serviceIds));
  if (known.length !== input.serviceIds.length) errors.serviceIds = ["errors.solutions.serviceUnknown"];

  let basedOnId: string | null = null;
  if (input.basedOnSlug) {
    const [basedOn] = await db
      .select({ id: solutions.id })
      .from(solutions)
      .where(and(eq(solutions.slug, input.basedOnSlug), eq(solutions.state, "published")))
      .limit(1);
    if (!basedOn) errors.basedOnSlug = ["errors.solutions.basedOnUnknown"];
    else if (basedOn.id === current?.id) errors.basedOnSlug = ["errors.solutions.basedOnSelf"];
    else basedOnId = basedOn.id;
  }
  return { errors, basedOnId };
}

function columnValues(input: SolutionInput, basedOnId: string | null) {
  return {
    title: input.title,
    summary: input.summary,
    body: input.body,
    municipalityAgs: input.municipalityAgs,
    status: input.status,
    goLiveDate: input.goLiveDate ?? null,
    maturity: input.maturity,
    software: input.software ?? null,
    vendor: input.vendor ?? null,
    isOpenSource: input.isOpenSource,
    repositoryUrl: input.repositoryUrl ?? null,
    costOneOffMin: input.costOneOffMin ?? null,
    costOneOffMax: input.costOneOffMax ?? null,
    costYearlyMin: input.costYearlyMin ?? null,
    costYearlyMax: input.costYearlyMax ?? null,
    effortPersonDays: input.effortPersonDays ?? null,
    lessonsLearned: input.lessonsLearned ?? null,
    contactName: input.contactName ?? null,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    visibility: input.visibility,
    membersOnlyFields: input.membersOnlyFields,
    basedOnId,
  };
}

async function replaceChildren(tx: Executor, solutionId: string, input: SolutionInput, replace: boolean) {
  if (replace) {
    await tx.delete(solutionServices).where(eq(solutionServices.solutionId, solutionId));
    await tx.delete(solutionTags).where(eq(solutionTags.solutionId, solutionId));
    await tx.delete(solutionLinks).where(eq(solutionLinks.solutionId, solutionId));
  }
  await tx.insert(solutionServices).values(input.serviceIds.map((ozgServiceId, position) => ({ solutionId, ozgServiceId, position })));
  if (input.tags.length > 0) await tx.insert(solutionTags).values(input.tags.map((tag) => ({ solutionId, tag })));
  if (input.links.length > 0) {
    await tx
      .insert(solutionLinks)
      .values(input.links.map((link, position) => ({ solutionId, kind: link.kind, url: link.url, label: link.label ?? null, position })));
  }
}

async function writeRevision(tx: Executor, solutionId: string, version: number, editorId: string) {
  const snapshot = await loadSnapshot(tx, solutionId);
  if (snapshot) await tx.insert(solutionRevisions).values({ solutionId, version, editorId, snapshot });
}

async function freeSlug(title: string): Promise<string> {
  const base = slugify(title);
  const taken = await db
    .select({ slug: solutions.slug })
    .from(solutions)
    .where(or(eq(solutions.slug, base), like(solutions.slug, `${base}-%`)));
  return nextFreeSlug(base, new Set(taken.map((r) => r.slug)));
}

function isSlugTaken(error: unknown): boolean {
  // Drizzle wraps driver errors; the Postgres error (code, constraint) sits in `cause`.
  for (let e = error as { code?: string; constraint?: string; constraint_name?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23505" && (e.constraint ?? e.constraint_name) === "solutions_slug_unique") return true;
  }
  return false;
}

/** Publishes (or saves as draft) a new solution. Validate `input` with `solutionInput` first. */
export async function createSolution({ authorId, input }: { authorId: string; input: SolutionInput }): Promise<CreateSolutionResult> {
  const author = await getMemberById(authorId);
  if (!author) return fail("form", "errors.solutions.notAllowed");
  // Checked again, locked, in the transaction that inserts; this early answer saves the reference checks.
  if (author.status !== "verified") return notVerified();
  const { errors, basedOnId } = await checkReferences(author, input);
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const publish = input.intent === "publish";
  // Two people publishing the same title at the same moment both see the slug as free; the
  // unique constraint settles it and the loser takes the next number.
  for (let attempt = 0; ; attempt++) {
    const slug = await freeSlug(input.title);
    try {
      const id = await db.transaction(async (tx) => {
        if (!(await lockVerifiedMember(tx, authorId))) throw new Refusal(notVerified());
        const [row] = await tx
          .insert(solutions)
          .values({
            ...columnValues(input, basedOnId),
            slug,
            authorId,
            updatedById: authorId,
            state: publish ? "published" : "draft",
            publishedAt: publish ? new Date() : null,
          })
          .returning({ id: solutions.id });
        await replaceChildren(tx, row!.id, input, false);
        await recordTitleWords(tx, input.title);
        await refreshSearchTerms(tx, [row!.id]);
        if (publish) {
          await writeRevision(tx, row!.id, 1, authorId);
          await enqueueSolutionPublished(tx, row!.id);
          if (basedOnId) await enqueueDerived(tx, row!.id, basedOnId);
        }
        // The author hears about comments and questions on what they wrote.
        await autoFollow(tx, authorId, "solution", row!.id);
        return row!.id;
      });
      return { ok: true, id, slug };
    } catch (error) {
      if (error instanceof Refusal) return error.failure;
      if (attempt < 3 && isSlugTaken(error)) continue;
      throw error;
    }
  }
}

async function loadConflict(solutionId: string): Promise<SolutionConflict | null> {
  const [row] = await db
    .select({
      version: solutions.version,
      updatedAt: solutions.updatedAt,
      editorId: users.id,
      editorName: users.name,
      basedOnSlug: sql<string | null>`(select s2.slug from ${solutions} s2 where s2.id = ${solutions.basedOnId})`,
    })
    .from(solutions)
    .leftJoin(users, eq(users.id, solutions.updatedById))
    .where(eq(solutions.id, solutionId))
    .limit(1);
  const snapshot = await loadSnapshot(db, solutionId);
  if (!row || !snapshot) return null;
  return {
    current: { ...snapshot, version: row.version, basedOnSlug: row.basedOnSlug },
    changedBy: row.editorId ? { id: row.editorId, name: row.editorName } : null,
    changedAt: row.updatedAt,
  };
}

/**
 * Saves an edit made on top of `input.expectedVersion`. If someone else saved in between, nothing
 * is written and the caller gets their version to show next to the rejected one. `intent: "draft"`
 * on a published solution withdraws it from the catalogue; the first publication date is kept.
 */
export async function updateSolution({
  editorId,
  slug,
  input,
}: {
  editorId: string;
  slug: string;
  input: SolutionInput;
}): Promise<UpdateSolutionResult> {
  const expectedVersion = input.expectedVersion;
  if (expectedVersion === undefined) return fail("expectedVersion", "errors.solutions.versionRequired");
  const editor = await getMemberById(editorId);
  if (!editor) return fail("form", "errors.solutions.notAllowed");
  if (editor.status !== "verified" && !isModerator(editor.role)) return notVerified();
  const [current] = await db
    .select({ id: solutions.id, municipalityAgs: solutions.municipalityAgs, state: solutions.state, editable: sql<boolean>`${editableBy(editorId)}` })
    .from(solutions)
    .where(eq(solutions.slug, slug))
    .limit(1);
  if (!current) return fail("form", "errors.solutions.notFound");
  // Someone who may not see a draft learns nothing about it: it is "not found" to them.
  if (!current.editable) return fail("form", current.state === "published" ? "errors.solutions.notAllowed" : "errors.solutions.notFound");

  const { errors, basedOnId } = await checkReferences(editor, input, current);
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const publish = input.intent === "publish";
  const saved = await db.transaction(async (tx) => {
    // Version and permission are both part of the WHERE: a stale form or a lost right matches no row.
    const [row] = await tx
      .update(solutions)
      .set({
        ...columnValues(input, basedOnId),
        state: publish ? "published" : "draft",
        publishedAt: publish ? sql`coalesce(${solutions.publishedAt}, now())` : solutions.publishedAt,
        version: sql`${solutions.version} + 1`,
        updatedById: editorId,
        updatedAt: new Date(),
      })
      .where(and(eq(solutions.id, current.id), eq(solutions.version, expectedVersion), editableBy(editorId)))
      .returning({ version: solutions.version });
    if (!row) return null;
    await replaceChildren(tx, current.id, input, true);
    await recordTitleWords(tx, input.title);
    await refreshSearchTerms(tx, [current.id]);
    if (publish) {
      await writeRevision(tx, current.id, row.version, editorId);
      // Dedupe keys: the first publication notifies, a later save or a re-publication does not.
      await enqueueSolutionPublished(tx, current.id);
      if (basedOnId) await enqueueDerived(tx, current.id, basedOnId);
    }
    return row;
  });
  if (saved) return { ok: true, slug, version: saved.version };

  const conflict = await loadConflict(current.id);
  if (!conflict) return fail("form", "errors.solutions.notFound");
  // No version change means the permission vanished between the check and the write.
  if (conflict.current.version === expectedVersion) return fail("form", "errors.solutions.notAllowed");
  return { ok: false, errors: { form: ["errors.solutions.conflict"] }, conflict };
}

/** Records that the member's municipality reuses (or considers reusing) a published solution. */
export async function markReuse({
  memberId,
  slug,
  status,
}: {
  memberId: string;
  slug: string;
  status: ReuseStatus;
}): Promise<{ ok: true } | Failure> {
  const member = await getMemberById(memberId);
  if (!member) return fail("form", "errors.solutions.notAllowed");
  if (member.status !== "verified") return notVerified();
  if (!member.municipalityAgs) return fail("form", "errors.solutions.reuseNeedsMunicipality");
  const [solution] = await db
    .select({ id: solutions.id, municipalityAgs: solutions.municipalityAgs })
    .from(solutions)
    .where(and(eq(solutions.slug, slug), eq(solutions.state, "published")))
    .limit(1);
  if (!solution) return fail("form", "errors.solutions.notFound");
  if (solution.municipalityAgs === member.municipalityAgs) return fail("form", "errors.solutions.reuseOwnSolution");
  const ags = member.municipalityAgs;
  return refusable(async () => {
    await db.transaction(async (tx) => {
      // The mark speaks for the municipality the member is verified for, as it stands now.
      const locked = await lockVerifiedMember(tx, memberId);
      if (locked?.municipalityAgs !== ags) throw new Refusal(notVerified());
      await tx
      .insert(solutionReuses)
        .values({ solutionId: solution.id, municipalityAgs: ags, memberId, status })
        .onConflictDoUpdate({
          target: [solutionReuses.solutionId, solutionReuses.municipalityAgs],
          set: { status, memberId, updatedAt: new Date() },
        });
      // The authors hear of a municipality's first mark only, not of each change of its status.
      await enqueueReuse(tx, solution.id, ags);
    });
    return { ok: true as const };
  });
}

const notVerified = (): Failure => fail("form", "errors.membership.notVerified");

/** Not allowed on a published solution; "not found" for an unknown one and for a draft alike. */
async function refusal(slug: string): Promise<Failure> {
  const [visible] = await db
    .select({ id: solutions.id })
    .from(solutions)
    .where(and(eq(solutions.slug, slug), eq(solutions.state, "published")))
    .limit(1);
  return fail("form", visible ? "errors.solutions.notAllowed" : "errors.solutions.notFound");
}

/** "Still current": only the people who wrote it can vouch for it, moderators cannot. */
export async function confirmStillCurrent({
  memberId,
  slug,
}: {
  memberId: string;
  slug: string;
}): Promise<{ ok: true; confirmedAt: Date } | Failure> {
  const [row] = await db
    .update(solutions)
    .set({ confirmedAt: new Date() })
    .where(and(eq(solutions.slug, slug), writtenBy(memberId)))
    .returning({ confirmedAt: solutions.confirmedAt });
  if (row?.confirmedAt) return { ok: true, confirmedAt: row.confirmedAt };
  return refusal(slug);
}

/** The solution if `authorId` wrote it; otherwise whether it exists at all decides the refusal. */
async function authoredSolution(authorId: string, slug: string): Promise<{ ok: true; id: string; municipalityAgs: string } | Failure> {
  const [solution] = await db
    .select({ id: solutions.id, municipalityAgs: solutions.municipalityAgs })
    .from(solutions)
    .where(and(eq(solutions.slug, slug), eq(solutions.authorId, authorId), verifiedMember(authorId)))
    .limit(1);
  if (solution) return { ok: true, ...solution };
  return refusal(slug);
}

/** Co-authors come from the solution's own municipality; only the author may add them. */
export async function addCoauthor({
  authorId,
  slug,
  coauthorId,
}: {
  authorId: string;
  slug: string;
  coauthorId: string;
}): Promise<{ ok: true } | Failure> {
  const solution = await authoredSolution(authorId, slug);
  if (!solution.ok) return solution;
  if (coauthorId === authorId) return fail("coauthorId", "errors.solutions.coauthorIsAuthor");
  const coauthor = await getMemberById(coauthorId);
  if (!coauthor) return fail("coauthorId", "errors.solutions.coauthorUnknown");
  if (coauthor.municipalityAgs !== solution.municipalityAgs) return fail("coauthorId", "errors.solutions.coauthorOtherMunicipality");
  // A pending member's municipality is only a claim: co-authors are verified members of it.
  if (coauthor.status !== "verified") return fail("coauthorId", "errors.membership.coauthorNotVerified");
  return refusable(async () => {
    await db.transaction(async (tx) => {
      const [author, locked] = [await lockVerifiedMember(tx, authorId), await lockVerifiedMember(tx, coauthorId)];
      if (!author) throw new Refusal(notVerified());
      if (locked?.municipalityAgs !== solution.municipalityAgs) throw new Refusal(fail("coauthorId", "errors.membership.coauthorNotVerified"));
      await tx.insert(solutionCoauthors).values({ solutionId: solution.id, userId: coauthorId }).onConflictDoNothing();
      await autoFollow(tx, coauthorId, "solution", solution.id);
    });
    return { ok: true as const };
  });
}

/** Takes back the reuse mark of the member's municipality; any member of that municipality may. */
export async function withdrawReuse({ memberId, slug }: { memberId: string; slug: string }): Promise<{ ok: true } | Failure> {
  const member = await getMemberById(memberId);
  if (!member?.municipalityAgs) return fail("form", "errors.solutions.reuseNotMarked");
  if (member.status !== "verified") return notVerified();
  const removed = await db
    .delete(solutionReuses)
    .where(
      and(
        eq(solutionReuses.municipalityAgs, member.municipalityAgs),
        verifiedMember(memberId),
        inArray(solutionReuses.solutionId, db.select({ id: solutions.id }).from(solutions).where(eq(solutions.slug, slug))),
      ),
    )
    .returning({ solutionId: solutionReuses.solutionId });
  return removed.length > 0 ? { ok: true } : fail("form", "errors.solutions.reuseNotMarked");
}

/** Only the author decides who else writes, as when adding. */
export async function removeCoauthor({ authorId, slug, coauthorId }: { authorId: string; slug: string; coauthorId: string }): Promise<{ ok: true } | Failure> {
  const solution = await authoredSolution(authorId, slug);
  if (!solution.ok) return solution;
  const removed = await db
    .delete(solutionCoauthors)
    .where(and(eq(solutionCoauthors.solutionId, solution.id), eq(solutionCoauthors.userId, coauthorId)))
    .returning({ userId: solutionCoauthors.userId });
  return removed.length > 0 ? { ok: true } : fail("form", "errors.solutions.coauthorNotListed");
}
