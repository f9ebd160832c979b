import { badKeys, detailRoute } from "@/lib/api/routes";
import { apiOperations } from "@/lib/api/operations";
import { getPublicSolutionComments } from "@/lib/discussion/api";
import { commentList } from "@/lib/discussion/api-schema";

export const GET = detailRoute({
  operation: apiOperations["/api/v1/solutions/{slug}/comments"],
  response: commentList,
  badKey: badKeys.solutionSlug,
  load: ({ slug }) => getPublicSolutionComments(slug),
  notFound: ({ slug }) => `No published solution ${slug}.`,
});
