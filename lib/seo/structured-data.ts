import { absoluteUrl } from "@/lib/config/origin";
import { localizedPath } from "./metadata";

/** schema.org JSON-LD objects for public pages (https://schema.org, Google's structured-data rules). */
export type JsonLdObject = { "@context": "https://schema.org"; "@type": string; [key: string]: unknown };

const site = () => ({ "@type": "Organization", name: "Kommunalnetz", url: absoluteUrl("/") });

export function meetupEvent(
  meetup: {
    slug: string;
    title: string;
    description: string;
    startsAt: Date;
    endsAt: Date;
    format: string;
    venueName: string | null;
    venueAddress: string | null;
    state: string;
    hostMunicipality: { name: string } | null;
  },
  locale: string,
): JsonLdObject {
  const url = absoluteUrl(localizedPath(`/meetups/${meetup.slug}`, locale));
  const physical =
    meetup.venueName || meetup.venueAddress
      ? {
          "@type": "Place",
          name: meetup.venueName ?? meetup.hostMunicipality?.name ?? meetup.title,
          address: meetup.venueAddress ?? meetup.hostMunicipality?.name ?? "",
        }
      : null;
  // The online link itself is for registered participants only: only the event page is named.
  const virtual = { "@type": "VirtualLocation", url };
  const location = meetup.format === "online" ? virtual : meetup.format === "hybrid" && physical ? [physical, virtual] : (physical ?? virtual);
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: meetup.title,
    description: plainExcerpt(meetup.description),
    startDate: meetup.startsAt.toISOString(),
    endDate: meetup.endsAt.toISOString(),
    eventAttendanceMode:
      meetup.format === "online"
        ? "https://schema.org/OnlineEventAttendanceMode"
        : meetup.format === "hybrid"
          ? "https://schema.org/MixedEventAttendanceMode"
          : "https://schema.org/OfflineEventAttendanceMode",
    eventStatus: meetup.state === "cancelled" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    location,
    organizer: site(),
    url,
  };
}

export function solutionWork(
  solution: { slug: string; title: string; summary: string; publishedAt: Date | null; updatedAt: Date; municipality: { name: string } },
  locale: string,
): JsonLdObject {
  return {
    "@context": "https://schema.org",
    "@type": "CreativeWork",
    name: solution.title,
    abstract: solution.summary,
    inLanguage: "de",
    ...(solution.publishedAt ? { datePublished: solution.publishedAt.toISOString() } : {}),
    dateModified: solution.updatedAt.toISOString(),
    // The municipality publishes the example; a member's name is not part of the public record.
    creator: { "@type": "GovernmentOrganization", name: solution.municipality.name },
    publisher: site(),
    url: absoluteUrl(localizedPath(`/solutions/${solution.slug}`, locale)),
  };
}

export function ozgService(service: { id: number; name: string; themenfeld: string }, locale: string): JsonLdObject {
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentService",
    name: service.name,
    serviceType: service.themenfeld,
    areaServed: { "@type": "Country", name: "Deutschland" },
    url: absoluteUrl(localizedPath(`/services/${service.id}`, locale)),
  };
}

/** The first 300 characters of Markdown as plain text, for a description. */
function plainExcerpt(markdown: string): string {
  const text = markdown.replace(/[#*_`>[\]()!|-]+/g, " ").replace(/\s+/g, " ").trim();
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

/**
 * JSON for a <script type="application/ld+json"> element: "<" is escaped so that no text from a
 * solution or meetup can close the script element.
 */
export function serializeJsonLd(data: JsonLdObject): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
