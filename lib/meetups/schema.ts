import { z } from "zod";
import { toBoolean, toList } from "@/lib/input-coercion";
import { agendaItemTypes, meetupFormats, meetupMaterialKinds, meetupWhens } from "@/db/schema/meetup-enums";
import {
  agsField,
  blankToUndefined,
  httpsUrl as httpsUrlRule,
  optional,
  optionalText as optionalString,
  pageParams,
  queryText,
  stateCode,
  themenfeldId,
  uuid,
  webUrl,
  wholeNumber,
} from "@/lib/validation";
import { berlinWallTimeToUtc } from "./time";

/** A date or time field; its format is checked together with its partner field (see `wallClock`). */
const wallField = (required: string) => z.preprocess(blankToUndefined, z.string({ error: required }).trim());
const optionalWallField = () => z.preprocess(blankToUndefined, z.string().trim().optional());

// The online link goes to members' calendars and browsers: https only.
const httpsUrl = httpsUrlRule("errors.meetups.onlineUrlInvalid");

/** The meetup forms' textareas (description, note, minutes, cancellation reason): tab and line breaks are text there. */
export const MEETUP_MULTI_LINE_FIELDS = ["description", "note", "minutes", "reason"] as const;

export const MAX_DESCRIPTION_LENGTH = 50_000;
export const MAX_MINUTES_LENGTH = 100_000;
export const MAX_CAPACITY = 100_000;
export const MAX_MEETUP_DAYS = 14;

type Ctx = z.core.$RefinementCtx;

/** Checks a Berlin date + time pair and reports on the field the problem is in; the instant or null. */
function wallClock(ctx: Ctx, date: string | undefined, time: string | undefined, fields: [string, string]): Date | null {
  if (date === undefined || time === undefined) return null;
  const result = berlinWallTimeToUtc(date, time);
  if (result.ok) return result.value;
  const field = result.error === "errors.meetups.dateInvalid" ? fields[0] : fields[1];
  ctx.addIssue({ code: "custom", path: [field], message: result.error });
  return null;
}

/** The Berlin instant of a pair that already passed `wallClock`. */
const instant = (date: string, time: string) => {
  const result = berlinWallTimeToUtc(date, time);
  if (!result.ok) throw new Error(`unchecked wall-clock time ${date} ${time}`);
  return result.value;
};

const meetupFields = z.object({
  title: z.string({ error: "errors.meetups.titleTooShort" }).trim().min(5, "errors.meetups.titleTooShort").max(160, "errors.meetups.titleTooLong"),
  description: z.string({ error: "errors.meetups.descriptionTooLong" }).max(MAX_DESCRIPTION_LENGTH, "errors.meetups.descriptionTooLong").default(""),
  // Europe/Berlin wall-clock time as <input type="date"> and <input type="time"> send it.
  startDate: wallField("errors.meetups.startDateRequired"),
  startTime: wallField("errors.meetups.startTimeRequired"),
  endDate: wallField("errors.meetups.endDateRequired"),
  endTime: wallField("errors.meetups.endTimeRequired"),
  format: z.enum(meetupFormats, { error: "errors.meetups.formatRequired" }),
  venueName: optionalString(200, "errors.meetups.venueNameTooLong"),
  venueAddress: optionalString(500, "errors.meetups.venueAddressTooLong"),
  onlineUrl: z.preprocess(blankToUndefined, z.string({ error: "errors.meetups.onlineUrlInvalid" }).trim().pipe(httpsUrl).optional()),
  hostMunicipalityAgs: optional(agsField("errors.meetups.municipalityInvalid")),
  // The message names both limits: "99999999999" is a whole number, just too large.
  capacity: z.preprocess(blankToUndefined, wholeNumber(1, MAX_CAPACITY, "errors.meetups.capacityInvalid")),
  registrationDeadlineDate: optionalWallField(),
  registrationDeadlineTime: optionalWallField(),
});

/**
 * A meetup as the create and edit forms send it. The output carries UTC instants (`startsAt`,
 * `endsAt`, `registrationDeadline`) instead of the wall-clock fields, and drops the venue for online
 * meetups and the link for in-person ones, so the stored row never contradicts its format.
 */
export const meetupInput = meetupFields
  // Runs alongside field errors (a too long title does not hide "end before start").
  .superRefine((value, ctx) => {
    const startsAt = wallClock(ctx, value.startDate, value.startTime, ["startDate", "startTime"]);
    const endsAt = wallClock(ctx, value.endDate, value.endTime, ["endDate", "endTime"]);
    if (startsAt && endsAt) {
      if (endsAt <= startsAt) ctx.addIssue({ code: "custom", path: ["endTime"], message: "errors.meetups.endBeforeStart" });
      else if (endsAt.getTime() - startsAt.getTime() > MAX_MEETUP_DAYS * 24 * 3_600_000) {
        ctx.addIssue({ code: "custom", path: ["endDate"], message: "errors.meetups.tooLong" });
      }
    }

    const { registrationDeadlineDate: deadlineDate, registrationDeadlineTime: deadlineTime } = value;
    if (deadlineDate !== undefined && deadlineTime === undefined) {
      ctx.addIssue({ code: "custom", path: ["registrationDeadlineTime"], message: "errors.meetups.deadlineIncomplete" });
    } else if (deadlineDate === undefined && deadlineTime !== undefined) {
      ctx.addIssue({ code: "custom", path: ["registrationDeadlineDate"], message: "errors.meetups.deadlineIncomplete" });
    }
    const deadline = wallClock(ctx, deadlineDate, deadlineTime, ["registrationDeadlineDate", "registrationDeadlineTime"]);
    if (deadline && startsAt && deadline > startsAt) {
      ctx.addIssue({ code: "custom", path: ["registrationDeadlineDate"], message: "errors.meetups.deadlineAfterStart" });
    }

    if (value.format === "in_person" || value.format === "hybrid") {
      if (!value.venueName) ctx.addIssue({ code: "custom", path: ["venueName"], message: "errors.meetups.venueNameRequired" });
      if (!value.venueAddress) ctx.addIssue({ code: "custom", path: ["venueAddress"], message: "errors.meetups.venueAddressRequired" });
    }
    if ((value.format === "online" || value.format === "hybrid") && !value.onlineUrl) {
      ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: "errors.meetups.onlineUrlRequired" });
    }
  })
  // Only reached without issues, so every pair is known to be a real Berlin time.
  .transform((value) => {
    const onSite = value.format !== "online";
    const online = value.format !== "in_person";
    return {
      title: value.title,
      description: value.description,
      startsAt: instant(value.startDate, value.startTime),
      endsAt: instant(value.endDate, value.endTime),
      format: value.format,
      venueName: onSite ? (value.venueName ?? null) : null,
      venueAddress: onSite ? (value.venueAddress ?? null) : null,
      onlineUrl: online ? (value.onlineUrl ?? null) : null,
      hostMunicipalityAgs: value.hostMunicipalityAgs ?? null,
      capacity: value.capacity,
      registrationDeadline:
        value.registrationDeadlineDate !== undefined && value.registrationDeadlineTime !== undefined
          ? instant(value.registrationDeadlineDate, value.registrationDeadlineTime)
          : null,
    };
  });
export type MeetupInput = z.output<typeof meetupInput>;
/** What the form sends (strings), e.g. for default values of the edit form. */
export type MeetupFormValues = z.input<typeof meetupFields>;

// One row of a repeated speaker fieldset: a member (by id) or a guest (by name). Empty rows are dropped.
const speakerInput = z
  .object({
    userId: z.preprocess(blankToUndefined, z.string({ error: "errors.meetups.speakerInvalid" }).trim().max(100, "errors.meetups.speakerInvalid").optional()),
    guestName: optionalString(120, "errors.meetups.speakerNameTooLong"),
  })
  .refine((s) => (s.userId === undefined) !== (s.guestName === undefined), { message: "errors.meetups.speakerInvalid" })
  .transform((s): { userId: string; guestName: null } | { userId: null; guestName: string } =>
    s.userId !== undefined ? { userId: s.userId, guestName: null } : { userId: null, guestName: s.guestName! },
  );
export type SpeakerInput = z.output<typeof speakerInput>;

const isEmptyRow = (row: unknown) =>
  Boolean(row && typeof row === "object" && Object.values(row as Record<string, unknown>).every((v) => blankToUndefined(v) === undefined));

export const agendaItemInput = z
  .object({
    title: z.string({ error: "errors.meetups.agendaTitleRequired" }).trim().min(2, "errors.meetups.agendaTitleRequired").max(200, "errors.meetups.agendaTitleTooLong"),
    type: z.enum(agendaItemTypes, { error: "errors.meetups.agendaTypeRequired" }),
    date: wallField("errors.meetups.agendaDateRequired"),
    time: wallField("errors.meetups.agendaTimeRequired"),
    durationMinutes: z.preprocess(blankToUndefined, wholeNumber(1, 24 * 60, "errors.meetups.durationInvalid")),
    description: optionalString(5_000, "errors.meetups.agendaDescriptionTooLong"),
    speakers: z.preprocess(
      (value) => (Array.isArray(value) ? value.filter((row) => !isEmptyRow(row)) : value ?? []),
      z.array(speakerInput, { error: "errors.meetups.speakerInvalid" }).max(10, "errors.meetups.tooManySpeakers"),
    ),
    solutionIds: z.preprocess(
      toList,
      z
        .array(uuid("errors.meetups.solutionInvalid"), { error: "errors.meetups.solutionInvalid" })
        .max(10, "errors.meetups.tooManySolutions")
        .transform((ids) => [...new Set(ids)]),
    ),
  })
  .superRefine((value, ctx) => {
    wallClock(ctx, value.date, value.time, ["date", "time"]);
  })
  .transform(({ date, time, description, ...rest }) => ({ ...rest, startsAt: instant(date, time), description: description ?? null }));
export type AgendaItemInput = z.output<typeof agendaItemInput>;

export const registrationInput = z.object({
  note: optionalString(500, "errors.meetups.noteTooLong"),
  listPublicly: z.preprocess(toBoolean, z.boolean({ error: "errors.meetups.listPubliclyInvalid" }).default(false)),
});
export type RegistrationInput = z.output<typeof registrationInput>;

export const materialInput = z
  .object({
    kind: z.enum(meetupMaterialKinds, { error: "errors.meetups.materialKindRequired" }),
    title: z.string({ error: "errors.meetups.materialTitleRequired" }).trim().min(1, "errors.meetups.materialTitleRequired").max(200, "errors.meetups.materialTitleTooLong"),
    url: z.preprocess(blankToUndefined, z.string({ error: "errors.meetups.materialUrlInvalid" }).trim().pipe(webUrl("errors.meetups.materialUrlInvalid")).optional()),
  })
  // Minutes may live in the meetup's own Markdown; slides and links must point somewhere.
  .refine((m) => m.kind === "minutes" || m.url !== undefined, { path: ["url"], message: "errors.meetups.materialUrlRequired" })
  .transform((m) => ({ ...m, url: m.url ?? null }));
export type MaterialInput = z.output<typeof materialInput>;

export const cancelInput = z.object({
  reason: z.string({ error: "errors.meetups.cancelReasonRequired" }).trim().min(1, "errors.meetups.cancelReasonRequired").max(2_000, "errors.meetups.cancelReasonTooLong"),
});
export type CancelInput = z.output<typeof cancelInput>;

export const minutesInput = z.object({
  minutes: z.string({ error: "errors.meetups.minutesTooLong" }).max(MAX_MINUTES_LENGTH, "errors.meetups.minutesTooLong").default(""),
});
export type MinutesInput = z.output<typeof minutesInput>;

export { meetupWhens };
export type MeetupWhen = (typeof meetupWhens)[number];

/** The list page, the JSON API and the calendar feed share these filters. `state` is a Land (2 digits). */
export const meetupFilterInput = z.object({
  state: optional(stateCode()).meta({ description: "Two-digit state code of the host municipality." }),
  format: optional(z.enum(meetupFormats, { error: "errors.meetups.formatInvalid" })),
  themenfeld: optional(themenfeldId()).meta({ description: "Themenfeld of a solution presented on the agenda." }),
});
export type MeetupFilters = z.output<typeof meetupFilterInput>;

export const meetupListInput = meetupFilterInput.extend({
  when: z.preprocess(blankToUndefined, z.enum(meetupWhens, { error: "errors.meetups.whenInvalid" }).default("upcoming")).meta({ description: "Upcoming (default) or past meetings." }),
  ...pageParams,
});
export type MeetupListSearch = z.output<typeof meetupListInput> & { q?: string };

/** The list page also searches titles and descriptions (`/meetups?q=`, the target of /search's meetup group). */
export const meetupPageInput = meetupListInput.extend({ q: queryText(100) });

// ---- the organiser's small forms on the manage page ----------------------------------------------

/** A hidden id field naming one agenda item, material or the like; a forged one is "not found". */
const idField = (message: string) => uuid(message);

export const agendaItemRef = z.object({ itemId: idField("errors.meetups.notFound") });
export const agendaMove = agendaItemRef.extend({ direction: z.enum(["up", "down"], { error: "errors.meetups.agendaOrderInvalid" }) });
export const materialRef = z.object({ materialId: idField("errors.meetups.notFound") });

const memberIds = z.array(z.string().min(1).max(100)).max(10_000);
/** One `participant` per listed member with a seat, one `attended` per ticked box. */
export const attendanceForm = z.object({ participant: memberIds, attended: memberIds });

export const coOrganiserForm = z.object({
  email: z.string({ error: "errors.emailRequired" }).trim().min(1, "errors.emailRequired").max(254, "errors.emailInvalid").pipe(z.email("errors.emailInvalid")),
});
export const coOrganiserRef = z.object({ userId: z.string().min(1).max(100) });
