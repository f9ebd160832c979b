import { z } from "zod";
import { agendaItemTypes, meetupFormats, meetupMaterialKinds } from "@/db/schema/meetup-enums";
import { isoDateTime, listEnvelope, municipalityRef } from "@/lib/api/schemas";
import { slug } from "@/lib/validation";

/** What anonymous callers see of a meetup: never the online link, participant names, notes or e-mail addresses. */
export const meetupListItem = z.object({
  slug: slug(),
  title: z.string(),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  format: z.enum(meetupFormats),
  // Drafts are never public.
  status: z.enum(["published", "cancelled"]),
  cancelReason: z.string().nullable(),
  venueName: z.string().nullable(),
  hostMunicipality: municipalityRef.nullable(),
  capacity: z.number().int(),
  registeredCount: z.number().int(),
  waitlistCount: z.number().int(),
  seatsLeft: z.number().int(),
});
export type MeetupListItemDto = z.infer<typeof meetupListItem>;

export const meetupList = listEnvelope(meetupListItem);
export type MeetupListDto = z.infer<typeof meetupList>;

export const meetupDetail = meetupListItem.extend({
  description: z.object({ markdown: z.string(), html: z.string() }),
  venueAddress: z.string().nullable(),
  registrationDeadline: isoDateTime.nullable(),
  registrationOpen: z.boolean(),
  organisers: z.array(z.object({ name: z.string().nullable() })),
  agenda: z.array(
    z.object({
      startsAt: isoDateTime,
      durationMinutes: z.number().int(),
      title: z.string(),
      type: z.enum(agendaItemTypes),
      description: z.string().nullable(),
      speakers: z.array(z.object({ name: z.string() })),
      solutions: z.array(z.object({ slug: slug(), title: z.string() })),
    }),
  ),
  materials: z.array(z.object({ kind: z.enum(meetupMaterialKinds), title: z.string(), url: z.string().nullable() })),
  calendarUrl: z.string().meta({ description: "Path of the meetup's iCalendar file." }),
});
export type MeetupDetailDto = z.infer<typeof meetupDetail>;
