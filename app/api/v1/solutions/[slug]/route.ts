import { badKeys, detailRoute } from "@/lib/api/routes";
import { apiOperations } from "@/lib/api/operations";
import { getPublicSolution } from "@/lib/solutions/api";
import { solutionDetail } from "@/lib/solutions/api-schema";

export const GET = detailRoute({
  operation: apiOperations["/api/v1/solutions/{slug}"],
  response: solutionDetail,
  badKey: badKeys.solutionSlug,
  // Drafts answer exactly like unknown slugs, so the API does not reveal that they exist.
  load: ({ slug }) => getPublicSolution(slug),
  notFound: ({ slug }) => `No published solution with slug ${slug}.`,
});
