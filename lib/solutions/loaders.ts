import "server-only";
import { cache } from "react";
import { getCurrentMember, getViewer } from "@/lib/auth/session";
import { getSolutionBySlug } from "./queries";
import { solutionSlug } from "./schema";

/**
 * The member and the solution behind a slug as that viewer may see it (lib/visibility: null when
 * malformed, unknown, a draft, a network solution or a hidden one the viewer may not see — all
 * alike, so the 404 says nothing), read once per request: generateMetadata and the page call it
 * with the same slug and React's cache hands the second caller the first one's promise.
 */
export const loadSolutionPage = cache(async (slug: string) => {
  const [member, viewer] = await Promise.all([getCurrentMember(), getViewer()]);
  const solution = solutionSlug.safeParse(slug).success ? await getSolutionBySlug(slug, viewer) : null;
  return { viewer: member, solution };
});
