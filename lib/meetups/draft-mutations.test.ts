import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { meetups } from "@/db/schema";
import { deleteDraftMeetup } from "./draft-mutations";
import { addCoOrganiser, cancelMeetup } from "./mutations";
import { createDraft, createPublished, newMember } from "./test-fixtures";

const exists = async (id: string) => (await db.$count(meetups, eq(meetups.id, id))) === 1;
const notFound = { ok: false, errors: { form: ["errors.meetups.notFound"] } };

describe("deleteDraftMeetup", () => {
  it("lets an organiser and a co-organiser delete a draft", async () => {
    const organiser = await newMember({ role: "organiser" });
    const coOrganiser = await newMember();
    const first = await createDraft(organiser);
    expect(await deleteDraftMeetup({ meetupId: first.id, userId: organiser })).toEqual({ ok: true });
    expect(await exists(first.id)).toBe(false);
    const second = await createDraft(organiser);
    await addCoOrganiser({ meetupId: second.id, userId: organiser, coOrganiserId: coOrganiser });
    expect(await deleteDraftMeetup({ meetupId: second.id, userId: coOrganiser })).toEqual({ ok: true });
  });

  it("answers another member, even an organiser, and a forged id as if the draft did not exist", async () => {
    const organiser = await newMember({ role: "organiser" });
    const otherOrganiser = await newMember({ role: "organiser" });
    const member = await newMember();
    const draft = await createDraft(organiser);
    expect(await deleteDraftMeetup({ meetupId: draft.id, userId: member })).toEqual(notFound);
    expect(await deleteDraftMeetup({ meetupId: draft.id, userId: otherOrganiser })).toEqual(notFound);
    expect(await deleteDraftMeetup({ meetupId: "00000000-0000-4000-8000-000000000000", userId: organiser })).toEqual(notFound);
    expect(await deleteDraftMeetup({ meetupId: "not-a-uuid'; drop table meetups; --", userId: organiser })).toEqual(notFound);
    expect(await exists(draft.id)).toBe(true);
  });

  it("never deletes a published or cancelled meetup", async () => {
    const organiser = await newMember({ role: "organiser" });
    const member = await newMember();
    const published = await createPublished(organiser);
    expect(await deleteDraftMeetup({ meetupId: published.id, userId: organiser })).toEqual({ ok: false, errors: { form: ["errors.meetups.deleteOnlyDrafts"] } });
    expect(await deleteDraftMeetup({ meetupId: published.id, userId: member })).toEqual({ ok: false, errors: { form: ["errors.meetups.notAllowed"] } });
    await cancelMeetup({ meetupId: published.id, userId: organiser, reason: "Krankheit" });
    expect(await deleteDraftMeetup({ meetupId: published.id, userId: organiser })).toEqual({ ok: false, errors: { form: ["errors.meetups.deleteOnlyDrafts"] } });
    expect(await exists(published.id)).toBe(true);
  });
});
