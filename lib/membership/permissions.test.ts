import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { solutionCoauthors, solutionReuses, solutions, users } from "@/db/schema";
import { createComment } from "@/lib/discussion/mutations";
import { addCoauthor, confirmStillCurrent, createSolution, markReuse, updateSolution, withdrawReuse } from "@/lib/solutions/mutations";
import { withdrawSolution } from "@/lib/solutions/withdrawal-mutations";
import { FELLBACH, newMember, solutionFormInput, WAIBLINGEN } from "@/lib/solutions/test-fixtures";

const notVerified = { ok: false, errors: { form: ["errors.membership.notVerified"] } };
const setStatus = (id: string, status: "pending" | "verified" | "suspended") =>
  db.update(users).set({ status }).where(eq(users.id, id));

async function published(authorId: string) {
  const made = await createSolution({ authorId, input: solutionFormInput() });
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  return made;
}

describe("only verified members act for a municipality", () => {
  it("refuses a pending member's publication and draft, and writes no row", async () => {
    const pending = await newMember({ status: "pending" });
    expect(await createSolution({ authorId: pending, input: solutionFormInput() })).toEqual(notVerified);
    expect(await createSolution({ authorId: pending, input: solutionFormInput({ intent: "draft" }) })).toEqual(notVerified);
    expect(await db.select({ id: solutions.id }).from(solutions).where(eq(solutions.authorId, pending))).toEqual([]);
  });

  it("refuses a pending member's reuse mark and withdrawal on the database", async () => {
    const solution = await published(await newMember());
    const pending = await newMember({ municipalityAgs: WAIBLINGEN, status: "pending" });
    expect(await markReuse({ memberId: pending, slug: solution.slug, status: "live" })).toEqual(notVerified);
    const marks = () => db.select().from(solutionReuses).where(and(eq(solutionReuses.solutionId, solution.id), eq(solutionReuses.municipalityAgs, WAIBLINGEN)));
    expect(await marks()).toEqual([]);

    // A verified colleague's mark stays when a pending member of the same town tries to take it back.
    const verified = await newMember({ municipalityAgs: WAIBLINGEN });
    expect(await markReuse({ memberId: verified, slug: solution.slug, status: "live" })).toEqual({ ok: true });
    expect(await withdrawReuse({ memberId: pending, slug: solution.slug })).toEqual(notVerified);
    expect(await marks()).toHaveLength(1);
  });

  it("takes editing, confirming and withdrawing from an author who is no longer verified", async () => {
    const author = await newMember();
    const solution = await published(author);
    await setStatus(author, "suspended");
    const edit = await updateSolution({ editorId: author, slug: solution.slug, input: solutionFormInput({ title: `Geändert ${solution.slug}`, expectedVersion: "1" }) });
    expect(edit.ok).toBe(false);
    expect((await confirmStillCurrent({ memberId: author, slug: solution.slug })).ok).toBe(false);
    expect((await withdrawSolution({ memberId: author, slug: solution.slug })).ok).toBe(false);
    const [row] = await db.select({ state: solutions.state, version: solutions.version }).from(solutions).where(eq(solutions.id, solution.id));
    expect(row).toEqual({ state: "published", version: 1 });
  });

  it("adds only verified members of the municipality as co-authors", async () => {
    const author = await newMember();
    const solution = await published(author);
    const pending = await newMember({ municipalityAgs: FELLBACH, status: "pending" });
    expect(await addCoauthor({ authorId: author, slug: solution.slug, coauthorId: pending })).toEqual({
      ok: false,
      errors: { coauthorId: ["errors.membership.coauthorNotVerified"] },
    });
    expect(await db.select().from(solutionCoauthors).where(eq(solutionCoauthors.solutionId, solution.id))).toEqual([]);
  });

  it("refuses a pending member's comment in the INSERT", async () => {
    const solution = await published(await newMember());
    const pending = await newMember({ status: "pending" });
    expect((await createComment({ authorId: pending, subject: { solutionId: solution.id }, body: "Hallo" })).ok).toBe(false);
    await setStatus(pending, "verified");
    expect((await createComment({ authorId: pending, subject: { solutionId: solution.id }, body: "Hallo" })).ok).toBe(true);
  });
});
