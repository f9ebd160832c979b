import "server-only";
import { cache } from "react";
import { getCurrentMember } from "@/lib/auth/session";
import { getSolutionBySlug } from "./queries";
import { solutionSlug } from "./schema";

/**
 * The viewer and the solution behind a slug (null when malformed, unknown or a draft the viewer may
 * not see), read once per request: generateMetadata and the page call it with the same slug and
 * React's cache hands the second caller the first one's promise.
 */
export const loadSolutionPage = cache(async (slug: string) => {
  const viewer = await getCurrentMember();
  const solution = solutionSlug.safeParse(slug).success ? await getSolutionBySlug(slug, viewer?.id) : null;
  return { viewer, solution };
});
