import "server-only";
import { cache } from "react";
import { getCurrentMember } from "@/lib/auth/session";
import { isSlug } from "@/lib/validation";
import { getMeetupBySlug } from "./queries";

/**
 * The viewer and the meetup behind a slug (null when malformed, unknown or a draft the viewer may
 * not see), read once per request: generateMetadata and the page share it through React's cache.
 */
export const loadMeetupPage = cache(async (slug: string) => {
  const viewer = await getCurrentMember();
  const meetup = isSlug(slug) ? await getMeetupBySlug(slug, viewer?.id) : null;
  return { viewer, meetup };
});
