import { detailRoute } from "@/lib/api/routes";
import { apiOperations } from "@/lib/api/operations";
import { getPublicMeetup } from "@/lib/meetups/api";
import { meetupDetail } from "@/lib/meetups/api-schema";

export const GET = detailRoute({
  operation: apiOperations["/api/v1/meetups/{slug}"],
  response: meetupDetail,
  badKey: {
    message: "Malformed meetup slug.",
    issue: { parameter: "slug", message: "Lowercase letters, digits and single hyphens, at most 120 characters." },
  },
  load: ({ slug }) => getPublicMeetup(slug),
  notFound: ({ slug }) => `No meetup ${slug}.`,
});
