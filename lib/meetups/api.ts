import "server-only";
import { renderMarkdown } from "@/lib/markdown/render";
import type { MeetupDetailDto, MeetupListDto, MeetupListItemDto } from "./api-schema";
import { getMeetupBySlug, listMeetups, type MeetupListItem } from "./queries";
import type { MeetupListSearch } from "./schema";

/** The anonymous queries never return drafts; one here would be a leak, not a status to report. */
function publicStatus(state: MeetupListItem["state"]): MeetupListItemDto["status"] {
  if (state === "draft") throw new Error("a draft meetup reached the public API");
  return state;
}

const listItem = (m: MeetupListItem): MeetupListItemDto => ({
  slug: m.slug,
  title: m.title,
  startsAt: m.startsAt.toISOString(),
  endsAt: m.endsAt.toISOString(),
  format: m.format,
  status: publicStatus(m.state),
  cancelReason: m.cancelReason,
  venueName: m.venueName,
  hostMunicipality: m.hostMunicipality,
  capacity: m.capacity,
  registeredCount: m.registeredCount,
  waitlistCount: m.waitlistCount,
  seatsLeft: m.seatsLeft,
});

export async function listPublicMeetups(search: MeetupListSearch): Promise<MeetupListDto> {
  const page = await listMeetups(search);
  return { ...page, items: page.items.map(listItem) };
}

/**
 * The anonymous view: never the online link, never participant names, notes or e-mail addresses;
 * organisers and speakers by name only, as on the public page.
 */
export async function getPublicMeetup(slug: string): Promise<MeetupDetailDto | null> {
  const m = await getMeetupBySlug(slug);
  if (!m) return null;
  return {
    slug: m.slug,
    title: m.title,
    description: { markdown: m.description, html: await renderMarkdown(m.description) },
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    format: m.format,
    status: publicStatus(m.state),
    cancelReason: m.cancelReason,
    venueName: m.venueName,
    venueAddress: m.venueAddress,
    hostMunicipality: m.hostMunicipality,
    capacity: m.capacity,
    registrationDeadline: m.registrationDeadline?.toISOString() ?? null,
    registrationOpen: m.registrationOpen,
    registeredCount: m.registeredCount,
    waitlistCount: m.waitlistCount,
    seatsLeft: m.seatsLeft,
    organisers: m.organisers.map((o) => ({ name: o.name })),
    agenda: m.agenda.map((item) => ({
      startsAt: item.startsAt.toISOString(),
      durationMinutes: item.durationMinutes,
      title: item.title,
      type: item.type,
      description: item.description,
      speakers: item.speakers.map((s) => ({ name: s.name })),
      solutions: item.solutions.map((s) => ({ slug: s.slug, title: s.title })),
    })),
    materials: m.materials.map((x) => ({ kind: x.kind, title: x.title, url: x.url })),
    calendarUrl: `/meetups/${m.slug}/calendar.ics`,
  };
}
