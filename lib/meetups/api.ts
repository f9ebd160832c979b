import "server-only";
import { renderMarkdown } from "@/lib/markdown/render";
import { getMeetupBySlug, listMeetups, type MeetupListItem } from "./queries";
import type { MeetupListSearch } from "./schema";

const listItem = (m: MeetupListItem) => ({
  slug: m.slug,
  title: m.title,
  startsAt: m.startsAt.toISOString(),
  endsAt: m.endsAt.toISOString(),
  format: m.format,
  status: m.state,
  cancelReason: m.cancelReason,
  venueName: m.venueName,
  hostMunicipality: m.hostMunicipality,
  capacity: m.capacity,
  registeredCount: m.registeredCount,
  waitlistCount: m.waitlistCount,
  seatsLeft: m.seatsLeft,
});

export async function listPublicMeetups(search: MeetupListSearch) {
  const page = await listMeetups(search);
  return { ...page, items: page.items.map(listItem) };
}

/**
 * The anonymous view: never the online link, never participant names, notes or e-mail addresses;
 * organisers and speakers by name only, as on the public page.
 */
export async function getPublicMeetup(slug: string) {
  const m = await getMeetupBySlug(slug);
  if (!m) return null;
  return {
    slug: m.slug,
    title: m.title,
    description: { markdown: m.description, html: await renderMarkdown(m.description) },
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    format: m.format,
    status: m.state,
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
