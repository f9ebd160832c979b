import { badKeys, detailRoute } from "@/lib/api/routes";
import { apiOperations } from "@/lib/api/operations";
import { getPublicMeetupComments } from "@/lib/discussion/api";
import { commentList } from "@/lib/discussion/api-schema";

export const GET = detailRoute({
  operation: apiOperations["/api/v1/meetups/{slug}/comments"],
  response: commentList,
  badKey: badKeys.meetupSlug,
  load: ({ slug }) => getPublicMeetupComments(slug),
  notFound: ({ slug }) => `No meetup ${slug}.`,
});
