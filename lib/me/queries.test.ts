import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { meetups, solutions } from "@/db/schema";
import { registerForMeetup } from "@/lib/meetups/registration-mutations";
import { createDraft, createPublished, DAY, meetupFormInput } from "@/lib/meetups/test-fixtures";
import { addCoauthor, createSolution, markReuse } from "@/lib/solutions/mutations";
import { FELLBACH, newMember, runId, solutionFormInput, WAIBLINGEN } from "@/lib/solutions/test-fixtures";
import { getMyOverview, type MyOverview } from "./queries";

async function publish(authorId: string, overrides: Record<string, unknown> = {}) {
  const result = await createSolution({ authorId, input: solutionFormInput(overrides) });
  if (!result.ok) throw new Error(`createSolution failed: ${JSON.stringify(result.errors)}`);
  return result;
}
const slugs = (items: { slug: string }[]) => items.map((i) => i.slug);

let me: string;
let colleague: string;
let overview: MyOverview;
const made = {} as Record<"draft" | "colleagueDraft" | "mine" | "old" | "coauthored" | "elsewhere" | "otherDraft", string>;
const meetupSlugs = {} as Record<"upcoming" | "full" | "past" | "organised" | "foreignDraft", string>;

beforeAll(async () => {
  me = await newMember({ role: "organiser" });
  colleague = await newMember();
  const stranger = await newMember({ municipalityAgs: WAIBLINGEN });

  made.draft = (await publish(me, { title: `Mein Entwurf ${runId}`, intent: "draft" })).slug;
  const colleagueDraft = await publish(colleague, { title: `Entwurf der Kollegin ${runId}`, intent: "draft" });
  await addCoauthor({ authorId: colleague, slug: colleagueDraft.slug, coauthorId: me });
  made.colleagueDraft = colleagueDraft.slug;
  made.otherDraft = (await publish(stranger, { municipalityAgs: WAIBLINGEN, title: `Fremder Entwurf ${runId}`, intent: "draft" })).slug;
  made.mine = (await publish(me, { title: `Mein Beispiel ${runId}` })).slug;
  const old = await publish(me, { title: `Altes Beispiel ${runId}` });
  const longAgo = new Date(Date.now() - 400 * DAY);
  await db.update(solutions).set({ publishedAt: longAgo, confirmedAt: null }).where(eq(solutions.id, old.id));
  made.old = old.slug;
  const coauthored = await publish(colleague, { title: `Gemeinsames Beispiel ${runId}` });
  await addCoauthor({ authorId: colleague, slug: coauthored.slug, coauthorId: me });
  made.coauthored = coauthored.slug;
  // Waiblingen's solution, reused by Fellbach (by a colleague: it is the municipality's reuse).
  made.elsewhere = (await publish(stranger, { municipalityAgs: WAIBLINGEN, title: `Waiblinger Beispiel ${runId}` })).slug;
  await markReuse({ memberId: colleague, slug: made.elsewhere, status: "in_progress" });
  await markReuse({ memberId: stranger, slug: made.mine, status: "live" });

  const organiser = await newMember({ role: "organiser" });
  const upcoming = await createPublished(organiser);
  await registerForMeetup({ meetupId: upcoming.id, userId: me, listPublicly: false });
  const full = await createPublished(organiser, meetupFormInput({ capacity: "1", title: `Kleines Treffen ${runId}` }));
  await registerForMeetup({ meetupId: full.id, userId: colleague, listPublicly: false });
  await registerForMeetup({ meetupId: full.id, userId: stranger, listPublicly: false });
  await registerForMeetup({ meetupId: full.id, userId: me, listPublicly: false });
  const past = await createPublished(organiser, meetupFormInput({ title: `Vergangenes Treffen ${runId}` }));
  await registerForMeetup({ meetupId: past.id, userId: me, listPublicly: false });
  await db
    .update(meetups)
    .set({ startsAt: new Date(Date.now() - 30 * DAY), endsAt: new Date(Date.now() - 30 * DAY + 3_600_000), registrationDeadline: null })
    .where(eq(meetups.id, past.id));
  const organised = await createDraft(me, meetupFormInput({ title: `Mein Treffen ${runId}` }));
  const foreignDraft = await createDraft(organiser, meetupFormInput({ title: `Fremdes Treffen ${runId}` }));
  await registerForMeetup({ meetupId: foreignDraft.id, userId: me, listPublicly: false });
  Object.assign(meetupSlugs, { upcoming: upcoming.slug, full: full.slug, past: past.slug, organised: organised.slug, foreignDraft: foreignDraft.slug });

  overview = await getMyOverview({ id: me, municipalityAgs: FELLBACH });
});

describe("getMyOverview", () => {
  it("lists my own and co-authored drafts, and no one else's", () => {
    expect(slugs(overview.drafts).sort()).toEqual([made.draft, made.colleagueDraft].sort());
  });

  it("lists what I published with its reuse count and freshness, apart from what I co-author", () => {
    expect(slugs(overview.published).sort()).toEqual([made.mine, made.old].sort());
    const mine = overview.published.find((s) => s.slug === made.mine)!;
    expect(mine).toMatchObject({ reuseCount: 1, outdated: false });
    expect(mine.confirmedAt).toBeInstanceOf(Date);
    expect(overview.published.find((s) => s.slug === made.old)).toMatchObject({ reuseCount: 0, outdated: true });
    expect(slugs(overview.coauthored)).toEqual([made.coauthored]);
  });

  it("points to the solutions not confirmed for twelve months", () => {
    expect(slugs(overview.toConfirm)).toEqual([made.old]);
  });

  it("lists my municipality's reuses, whoever marked them", () => {
    expect(overview.reuses.map((r) => r.solution.slug)).toContain(made.elsewhere);
    expect(overview.reuses.find((r) => r.solution.slug === made.elsewhere)?.status).toBe("in_progress");
  });

  it("splits my registrations into upcoming and past, with the waitlist position", () => {
    const upcoming = overview.registrations.upcoming;
    expect(slugs(upcoming).sort()).toEqual([meetupSlugs.upcoming, meetupSlugs.full].sort());
    expect(upcoming.find((r) => r.slug === meetupSlugs.upcoming)).toMatchObject({ status: "registered", waitlistPosition: null });
    expect(upcoming.find((r) => r.slug === meetupSlugs.full)).toMatchObject({ status: "waitlisted", waitlistPosition: 2 });
    expect(slugs(overview.registrations.past)).toEqual([meetupSlugs.past]);
  });

  it("lists the meetups I organise, drafts included, and not someone else's draft", () => {
    expect(slugs(overview.organised)).toEqual([meetupSlugs.organised]);
    expect(slugs(overview.registrations.upcoming)).not.toContain(meetupSlugs.foreignDraft);
  });
});
