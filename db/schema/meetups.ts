import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { memberId, ownedBy, timestampNow } from "./columns";
import {
  agendaItemTypes,
  meetupFormats,
  meetupMaterialKinds,
  meetupStates,
  registrationStatuses,
  type AgendaItemType,
  type MeetupFormat,
  type MeetupMaterialKind,
  type MeetupState,
  type RegistrationStatus,
} from "./meetup-enums";
import { municipalities } from "./municipalities";
import { solutions } from "./solutions";

export { agendaItemTypes, meetupFormats, meetupMaterialKinds, meetupStates, registrationStatuses };
export type { AgendaItemType, MeetupFormat, MeetupMaterialKind, MeetupState, RegistrationStatus };

export const meetupFormat = pgEnum("meetup_format", meetupFormats);
export const meetupState = pgEnum("meetup_state", meetupStates);
export const agendaItemType = pgEnum("meetup_agenda_item_type", agendaItemTypes);
export const registrationStatus = pgEnum("meetup_registration_status", registrationStatuses);
export const meetupMaterialKind = pgEnum("meetup_material_kind", meetupMaterialKinds);

export const meetups = pgTable(
  "meetups",
  {
    id: uuid().primaryKey().defaultRandom(),
    // Fixed at creation, like a solution's: links and calendar entries must survive a new title.
    slug: text().notNull().unique(),
    title: text().notNull(),
    // Markdown source, sanitised when rendered.
    description: text().notNull().default(""),
    // Instants in UTC; the Europe/Berlin wall-clock form lives only in forms and pages.
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    format: meetupFormat().notNull(),
    venueName: text(),
    venueAddress: text(),
    // Shown only to registered members and organisers.
    onlineUrl: text(),
    hostMunicipalityAgs: varchar({ length: 8 }).references(() => municipalities.ags),
    capacity: integer().notNull(),
    // Null: registration stays open until the start.
    registrationDeadline: timestamp({ withTimezone: true }),
    state: meetupState().notNull().default("draft"),
    cancelReason: text(),
    // Null once the organiser deleted their account.
    createdById: text().references(() => users.id, { onDelete: "set null" }),
    // iCalendar SEQUENCE: bumped on every change of time, place, format, online link or state, so
    // calendar apps replace the entry they already have instead of ignoring the update.
    sequence: integer().notNull().default(0),
    // Markdown, written after the meeting.
    minutes: text(),
    createdAt: timestampNow(),
    updatedAt: timestampNow(),
    publishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // The seat count is what the registration transaction compares against; 0 would mean "closed"
    // in one place and "unlimited" in another, so it is not allowed at all.
    check("meetups_capacity_positive", sql`${t.capacity} > 0`),
    check("meetups_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check("meetups_deadline_before_start", sql`${t.registrationDeadline} is null or ${t.registrationDeadline} <= ${t.startsAt}`),
    index("meetups_state_starts_idx").on(t.state, t.startsAt),
    index("meetups_ends_idx").on(t.endsAt),
    index("meetups_host_idx").on(t.hostMunicipalityAgs),
    index("meetups_created_by_idx").on(t.createdById),
  ],
);

export const meetupOrganisers = pgTable(
  "meetup_organisers",
  {
    meetupId: ownedBy(() => meetups.id),
    userId: memberId(),
    createdAt: timestampNow(),
  },
  (t) => [primaryKey({ columns: [t.meetupId, t.userId] }), index("meetup_organisers_user_idx").on(t.userId)],
);

export const meetupAgendaItems = pgTable(
  "meetup_agenda_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    meetupId: ownedBy(() => meetups.id),
    position: integer().notNull().default(0),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    durationMinutes: integer().notNull(),
    title: text().notNull(),
    type: agendaItemType().notNull(),
    description: text(),
  },
  (t) => [
    check("meetup_agenda_items_duration_positive", sql`${t.durationMinutes} > 0`),
    index("meetup_agenda_items_meetup_idx").on(t.meetupId, t.position),
  ],
);

export const meetupAgendaSpeakers = pgTable(
  "meetup_agenda_speakers",
  {
    id: uuid().primaryKey().defaultRandom(),
    itemId: ownedBy(() => meetupAgendaItems.id),
    // A member, or a guest who has no account: exactly one of the two.
    userId: text().references(() => users.id, { onDelete: "cascade" }),
    guestName: text(),
    position: integer().notNull().default(0),
  },
  (t) => [
    check("meetup_agenda_speakers_member_or_guest", sql`(${t.userId} is null) <> (${t.guestName} is null)`),
    index("meetup_agenda_speakers_item_idx").on(t.itemId, t.position),
    index("meetup_agenda_speakers_user_idx").on(t.userId),
  ],
);

export const meetupAgendaSolutions = pgTable(
  "meetup_agenda_solutions",
  {
    itemId: ownedBy(() => meetupAgendaItems.id),
    solutionId: ownedBy(() => solutions.id),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.solutionId] }), index("meetup_agenda_solutions_solution_idx").on(t.solutionId)],
);

export const meetupRegistrations = pgTable(
  "meetup_registrations",
  {
    id: uuid().primaryKey().defaultRandom(),
    meetupId: ownedBy(() => meetups.id),
    userId: memberId(),
    status: registrationStatus().notNull(),
    note: text(),
    // The member agreed to be named to other members as a participant.
    listPublicly: boolean().notNull().default(false),
    // Null until an organiser records it after the meeting.
    attended: boolean(),
    // When the current registration was made, written under the meetup's row lock: the waitlist is
    // ordered by it (then id), so no stored position has to be renumbered. Registering again after
    // a cancellation starts over at the end of the queue.
    createdAt: timestampNow(),
    updatedAt: timestampNow(),
    cancelledAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    unique("meetup_registrations_meetup_user_unique").on(t.meetupId, t.userId),
    index("meetup_registrations_queue_idx").on(t.meetupId, t.status, t.createdAt),
    index("meetup_registrations_user_idx").on(t.userId),
  ],
);

export const meetupMaterials = pgTable(
  "meetup_materials",
  {
    id: uuid().primaryKey().defaultRandom(),
    meetupId: ownedBy(() => meetups.id),
    kind: meetupMaterialKind().notNull(),
    title: text().notNull(),
    // Slides and links point somewhere; minutes may instead be the Markdown on the meetup itself.
    url: text(),
    createdAt: timestampNow(),
  },
  (t) => [
    check("meetup_materials_url_unless_minutes", sql`${t.url} is not null or ${t.kind} = 'minutes'`),
    index("meetup_materials_meetup_idx").on(t.meetupId, t.createdAt),
  ],
);

export type Meetup = typeof meetups.$inferSelect;
export type NewMeetup = typeof meetups.$inferInsert;
export type MeetupAgendaItem = typeof meetupAgendaItems.$inferSelect;
export type MeetupAgendaSpeaker = typeof meetupAgendaSpeakers.$inferSelect;
export type MeetupRegistration = typeof meetupRegistrations.$inferSelect;
export type MeetupMaterial = typeof meetupMaterials.$inferSelect;
