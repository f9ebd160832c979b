import { db } from "@/db/client";
import { users, type MemberRole, type MemberStatus } from "@/db/schema";
import { createMeetup, publishMeetup } from "./mutations";
import { meetupInput, type MeetupInput } from "./schema";
import { berlinWallClock } from "./time";

// Test files share one database on a server run: everything created here carries this suffix.
export const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let counter = 0;

export const FELLBACH = "08119020";
export const LEIPZIG = "14713000";
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A member; verified when they have a municipality (as after an allowlisted sign-in), unless `status` says otherwise. */
export async function newMember(options: { municipalityAgs?: string | null; role?: MemberRole; name?: string; status?: MemberStatus } = {}): Promise<string> {
  counter += 1;
  const [row] = await db
    .insert(users)
    .values({
      email: `meetups-${runId}-${counter}@test.kommunalnetz.invalid`,
      name: options.name ?? `Teilnehmerin ${counter} ${runId}`,
      municipalityAgs: options.municipalityAgs === undefined ? FELLBACH : options.municipalityAgs,
      role: options.role ?? "member",
      status: options.status ?? (options.municipalityAgs === null ? "pending" : "verified"),
    })
    .returning({ id: users.id });
  return row!.id;
}

/** A complete, valid form submission in ten days at 10:00–16:00 Berlin time; override what the test is about. */
export function meetupFormValues(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const day = berlinWallClock(new Date(Date.now() + 10 * DAY)).date;
  return {
    title: `OZG-Netzwerktreffen ${runId}`,
    description: "## Programm\n\nKeynote, Einblicke in digitale Verfahren und Umsetzungsbeispiele.",
    startDate: day,
    startTime: "10:00",
    endDate: day,
    endTime: "16:00",
    format: "hybrid",
    venueName: "Rathaus Fellbach, Großer Saal",
    venueAddress: "Marktplatz 1, 70734 Fellbach",
    onlineUrl: "https://meet.example.org/ozg-netzwerk",
    hostMunicipalityAgs: FELLBACH,
    capacity: "100",
    ...overrides,
  };
}

export function meetupFormInput(overrides: Record<string, unknown> = {}): MeetupInput {
  return meetupInput.parse(meetupFormValues(overrides));
}

/** Exact instants, bypassing the Berlin form fields (for windows measured in hours from now). */
export function meetupAt(startsAt: Date, overrides: Partial<MeetupInput> = {}): MeetupInput {
  return {
    ...meetupFormInput(),
    startsAt,
    endsAt: new Date(startsAt.getTime() + 6 * HOUR),
    registrationDeadline: null,
    ...overrides,
  };
}

export async function createDraft(organiserId: string, input: MeetupInput = meetupFormInput()) {
  const result = await createMeetup({ creatorId: organiserId, input });
  if (!result.ok) throw new Error(`createMeetup failed: ${JSON.stringify(result.errors)}`);
  return result;
}

export async function createPublished(organiserId: string, input: MeetupInput = meetupFormInput()) {
  const draft = await createDraft(organiserId, input);
  const published = await publishMeetup({ meetupId: draft.id, userId: organiserId });
  if (!published.ok) throw new Error(`publishMeetup failed: ${JSON.stringify(published.errors)}`);
  return draft;
}
