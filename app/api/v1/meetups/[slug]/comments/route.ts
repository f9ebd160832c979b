import { detailRoute } from "@/lib/api/routes";
import { apiOperations } from "@/lib/api/operations";
import { getPublicMeetupComments } from "@/lib/discussion/api";
import { commentList } from "@/lib/discussion/api-schema";

export const GET = detailRoute({
  operation: apiOperations["/api/v1/meetups/{slug}/comments"],
  response: commentList,
  badKey: {
    message: "Malformed meetup slug.",
    issue: { parameter: "slug", message: "Lowercase letters, digits and single hyphens, at most 120 characters." },
  },
  load: ({ slug }) => getPublicMeetupComments(slug),
  notFound: ({ slug }) => `No meetup ${slug}.`,
});
