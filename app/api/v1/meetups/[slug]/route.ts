import { badKeys, detailRoute } from "@/lib/api/routes";
import { apiOperations } from "@/lib/api/operations";
import { getPublicMeetup } from "@/lib/meetups/api";
import { meetupDetail } from "@/lib/meetups/api-schema";

export const GET = detailRoute({
  operation: apiOperations["/api/v1/meetups/{slug}"],
  response: meetupDetail,
  badKey: badKeys.meetupSlug,
  load: ({ slug }) => getPublicMeetup(slug),
  notFound: ({ slug }) => `No meetup ${slug}.`,
});
