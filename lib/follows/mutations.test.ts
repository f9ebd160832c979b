import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { follows } from "@/db/schema";
import { registerForMeetup } from "@/lib/meetups/registration-mutations";
import { createDraft, createPublished, newMember as newMeetupMember } from "@/lib/meetups/test-fixtures";
import { addCoauthor, createSolution } from "@/lib/solutions/mutations";
import { FELLBACH, newMember, runId, solutionFormInput, WOHNGELD } from "@/lib/solutions/test-fixtures";
import { autoFollow, setFollow } from "./mutations";
import { isFollowing, listFollows } from "./queries";

async function solution(authorId: string, intent: "publish" | "draft" = "publish") {
  const result = await createSolution({ authorId, input: solutionFormInput({ title: `Folgen ${intent} ${runId} ${Math.random()}`, intent }) });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.id;
}
const row = async (memberId: string, target: "solution" | "meetup" | "themenfeld", targetId: string) =>
  (await db.select().from(follows).where(and(eq(follows.memberId, memberId), eq(follows.target, target), eq(follows.targetId, targetId))))[0];
const notFound = { ok: false, errors: { form: ["follows.notFound"] } };

describe("setFollow", () => {
  it("follows and unfollows every kind of target, and lists what is followed", async () => {
    const me = await newMember();
    const other = await newMember({ name: `Zu Folgende ${runId}` });
    const author = await newMember();
    const sol = await solution(author);
    const targets = [
      { target: "solution", targetId: sol },
      { target: "service", targetId: String(WOHNGELD) },
      { target: "themenfeld", targetId: "1" },
      { target: "municipality", targetId: FELLBACH },
      { target: "member", targetId: other },
    ] as const;
    for (const t of targets) expect(await setFollow({ memberId: me, ...t, follow: true })).toEqual({ ok: true, following: true });
    const listed = await listFollows(me);
    expect(listed.map((f) => f.target).sort()).toEqual(["member", "municipality", "service", "solution", "themenfeld"]);
    expect(listed.find((f) => f.target === "member")?.label).toBe(`Zu Folgende ${runId}`);
    expect(listed.find((f) => f.target === "municipality")?.href).toBe(`/municipalities/${FELLBACH}`);
    expect(await setFollow({ memberId: me, target: "solution", targetId: sol, follow: false })).toEqual({ ok: true, following: false });
    expect(await isFollowing(me, "solution", sol)).toBe(false);
    expect((await listFollows(me)).some((f) => f.target === "solution")).toBe(false);
  });

  it("refuses drafts, unknown and malformed ids, oneself and members without a profile like 'not found'", async () => {
    const me = await newMember();
    const noProfile = await newMember({ municipalityAgs: null });
    const author = await newMember();
    const draft = await solution(author, "draft");
    const organiser = await newMeetupMember({ role: "organiser" });
    const draftMeetup = await createDraft(organiser);
    const forged = "00000000-0000-4000-8000-000000000000";
    for (const t of [
      { target: "solution", targetId: draft },
      { target: "solution", targetId: forged },
      { target: "solution", targetId: "not-a-uuid" },
      { target: "meetup", targetId: draftMeetup.id },
      { target: "service", targetId: "99999" },
      { target: "service", targetId: "1e3" },
      { target: "themenfeld", targetId: "0" },
      { target: "municipality", targetId: "00000000" },
      { target: "member", targetId: me },
      { target: "member", targetId: "nobody" },
    ] as const) {
      expect(await setFollow({ memberId: me, ...t, follow: true }), JSON.stringify(t)).toEqual(notFound);
    }
    // The author of the draft cannot follow it by hand either (they follow it automatically).
    expect(await setFollow({ memberId: author, target: "solution", targetId: draft, follow: true })).toEqual(notFound);
    expect(await setFollow({ memberId: noProfile, target: "themenfeld", targetId: "1", follow: true })).toEqual(notFound);
    expect(await db.$count(follows, eq(follows.memberId, me))).toBe(0);
  });

  it("keeps an unfollow when an automatic follow comes later", async () => {
    const me = await newMember();
    const author = await newMember();
    const sol = await solution(author);
    expect(await setFollow({ memberId: me, target: "solution", targetId: sol, follow: false })).toEqual({ ok: true, following: false });
    await autoFollow(db, me, "solution", sol);
    expect(await row(me, "solution", sol)).toMatchObject({ active: false });
    expect(await isFollowing(me, "solution", sol)).toBe(false);
    // Following by hand again works and is no longer automatic.
    await setFollow({ memberId: me, target: "solution", targetId: sol, follow: true });
    expect(await row(me, "solution", sol)).toMatchObject({ active: true, automatic: false });
  });
});

describe("automatic follows", () => {
  it("makes authors and co-authors follow their solution, and an unfollowed author stays unfollowed", async () => {
    const author = await newMember();
    const coauthor = await newMember({ municipalityAgs: FELLBACH });
    const result = await createSolution({ authorId: author, input: solutionFormInput({ title: `Automatisch ${runId} ${Math.random()}` }) });
    if (!result.ok) throw new Error("create failed");
    expect(await row(author, "solution", result.id)).toMatchObject({ active: true, automatic: true });
    expect(await addCoauthor({ authorId: author, slug: result.slug, coauthorId: coauthor })).toEqual({ ok: true });
    expect(await row(coauthor, "solution", result.id)).toMatchObject({ active: true, automatic: true });
    // A co-author who unfollowed and is added again (remove, add) keeps the unfollow.
    await setFollow({ memberId: coauthor, target: "solution", targetId: result.id, follow: false });
    await addCoauthor({ authorId: author, slug: result.slug, coauthorId: coauthor });
    expect(await row(coauthor, "solution", result.id)).toMatchObject({ active: false });
  });

  it("makes organisers and registered participants follow the meetup", async () => {
    const organiser = await newMeetupMember({ role: "organiser" });
    const participant = await newMeetupMember();
    const meetup = await createPublished(organiser);
    expect(await row(organiser, "meetup", meetup.id)).toMatchObject({ active: true, automatic: true });
    const registered = await registerForMeetup({ meetupId: meetup.id, userId: participant, listPublicly: false });
    expect(registered.ok).toBe(true);
    expect(await row(participant, "meetup", meetup.id)).toMatchObject({ active: true, automatic: true });
  });
});
