import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { meetupRegistrations, meetups } from "@/db/schema";
import { registerForMeetup } from "@/lib/meetups/registration-mutations";
import { createPublished, meetupFormInput, meetupFormValues, newMember, runId } from "@/lib/meetups/test-fixtures";
import { empty } from "@/test/action-helpers";
import { session } from "@/test/stand-ins";

// As in solution-actions.test.ts: only who is signed in and the request-scoped Next.js helpers are
// stand-ins; the database and the mutations are real.
vi.mock("@/lib/auth/config", () => import("@/test/stand-ins"));
vi.mock("next-intl/server", () => import("@/test/stand-ins"));
vi.mock("next/cache", () => import("@/test/stand-ins"));

const { cancelRegistrationAction, createMeetupAction } = await import("@/lib/meetups/actions");

function form(values: Record<string, unknown>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) data.append(key, String(value));
  return data;
}

beforeEach(() => {
  session.userId = null;
});

describe("createMeetupAction", () => {
  it("refuses a start in the past with a message at the start date and keeps the input", async () => {
    session.userId = await newMember({ role: "organiser" });
    const title = `Vergangenes Treffen ${runId}`;
    const values = meetupFormValues({ title, startDate: "2020-05-12", endDate: "2020-05-12" });
    const state = await createMeetupAction(empty, form(values));
    expect(state.errors).toEqual({ startDate: ["errors.meetups.startInPast"] });
    expect(state.values.startDate).toBe("2020-05-12");
    expect(await db.$count(meetups, eq(meetups.title, title))).toBe(0);
  });
});

describe("cancelRegistrationAction", () => {
  async function registeredMember() {
    const organiser = await newMember({ role: "organiser" });
    const meetup = await createPublished(organiser, meetupFormInput({ capacity: "1" }));
    const member = await newMember();
    await registerForMeetup({ meetupId: meetup.id, userId: member, listPublicly: false });
    const status = async () =>
      (await db.select({ status: meetupRegistrations.status }).from(meetupRegistrations).where(and(eq(meetupRegistrations.meetupId, meetup.id), eq(meetupRegistrations.userId, member))))[0]?.status;
    return { meetup, member, status };
  }

  it("asks first, keeps the seat on a plain submit or a 'no', and withdraws only on 'yes'", async () => {
    const { meetup, member, status } = await registeredMember();
    session.userId = member;

    const asked = await cancelRegistrationAction(meetup.id, meetup.slug, empty, form({}));
    expect(asked).toEqual({ values: { confirmed: "ask" }, errors: {} });
    expect(await status()).toBe("registered");

    expect(await cancelRegistrationAction(meetup.id, meetup.slug, asked, form({ confirmed: "no" }))).toEqual(empty);
    expect(await status()).toBe("registered");

    const done = await cancelRegistrationAction(meetup.id, meetup.slug, asked, form({ confirmed: "yes" }));
    expect(done.message).toBe("meetups.register.cancelled");
    expect(await status()).toBe("cancelled");
  });
});
