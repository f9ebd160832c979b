import "server-only";
import { searchComments, type CommentHit } from "@/lib/discussion/search-queries";
import { searchDirectory, type DirectoryEntry } from "@/lib/members/directory-queries";
import { directorySearchInput } from "@/lib/members/profile-schema";
import { listMeetups, type MeetupListItem } from "@/lib/meetups/queries";
import { meetupPageInput } from "@/lib/meetups/schema";
import { searchMunicipalities, type MunicipalityListItem } from "@/lib/municipalities/queries";
import { municipalitySearchInput } from "@/lib/municipalities/schema";
import { searchServices, type ServiceListItem } from "@/lib/services/queries";
import { serviceSearchInput } from "@/lib/services/schema";
import type { SolutionListItem } from "@/lib/solutions/queries";
import { solutionSearchInput } from "@/lib/solutions/schema";
import { anonymousViewer, type Viewer } from "@/lib/visibility/rules";
import { searchSolutions, type SearchExplanation } from "./solution-queries";

/** How many hits each group of /search shows before its link to the full list. */
export const GROUP_SIZE = 5;

export type Group<T> = { items: T[]; total: number; totalCapped: boolean };

export type EverythingResult = {
  solutions: Group<SolutionListItem> & { explanation?: SearchExplanation };
  services: Group<ServiceListItem>;
  municipalities: Group<MunicipalityListItem>;
  meetups: Group<MeetupListItem>;
  /** Comments on the pages the viewer may read (lib/discussion/search-queries.ts). */
  comments: Group<CommentHit>;
  /** Only for viewers who may see profiles (verified members, moderators); otherwise absent. */
  members?: Group<DirectoryEntry>;
};

/**
 * The one search box: the first GROUP_SIZE hits of each list page's own search (the catalogue's
 * full search for solutions, with synonyms and corrections; the OZG catalogue with LeiKa names; the
 * directory; upcoming meetups; comments on pages the viewer may read; for verified members the
 * members directory by name, role title or software), so every group's count is the count its full
 * list shows.
 * Each search is parsed with its page's own schema, so the defaults are the page's defaults.
 */
export async function searchEverything(q: string, viewer: Viewer = anonymousViewer): Promise<EverythingResult> {
  const size = String(GROUP_SIZE);
  const [solutions, services, municipalities, meetups, comments, members] = await Promise.all([
    searchSolutions(solutionSearchInput.parse({ q, pageSize: size }), viewer),
    searchServices(serviceSearchInput.parse({ q, pageSize: size })),
    searchMunicipalities(municipalitySearchInput.parse({ q, pageSize: size })),
    listMeetups(meetupPageInput.parse({ q, pageSize: size })),
    searchComments(q, viewer, { pageSize: GROUP_SIZE, excerptLength: 120 }),
    searchDirectory(directorySearchInput.parse({ q }), viewer),
  ]);
  return {
    solutions: { items: solutions.items, total: solutions.total, totalCapped: solutions.totalCapped ?? false, explanation: solutions.explanation },
    services: { items: services.items, total: services.total, totalCapped: false },
    municipalities: { items: municipalities.items, total: municipalities.total, totalCapped: false },
    meetups: { items: meetups.items, total: meetups.total, totalCapped: false },
    comments: { items: comments.items, total: comments.total, totalCapped: comments.totalCapped },
    ...(members ? { members: { items: members.items.slice(0, GROUP_SIZE), total: members.total, totalCapped: false } } : {}),
  };
}

/** Hits of all groups together: none means the search found nothing the viewer may see. */
export function countEverything(result: EverythingResult): number {
  return result.solutions.total + result.services.total + result.municipalities.total + result.meetups.total + result.comments.total + (result.members?.total ?? 0);
}
