import { apiOperations } from "@/lib/api/operations";
import { jsonError, jsonOk, notFoundError, parseQuery } from "@/lib/api/responses";
import { getPublicMeetup } from "@/lib/meetups/api";
import { meetupDetail } from "@/lib/meetups/api-schema";
import { apiLimitResponse } from "@/lib/rate-limits/mutations";

const { path, query } = apiOperations["/api/v1/meetups/{slug}"];

export async function GET(request: Request, { params }: RouteContext<"/api/v1/meetups/[slug]">) {
  const limited = await apiLimitResponse(request);
  if (limited) return limited;
  const unknown = parseQuery(query, new URL(request.url));
  if (!unknown.ok) return unknown.response;
  const parsed = path.safeParse(await params);
  if (!parsed.success) {
    return jsonError(400, "bad_request", "Malformed meetup slug.", [{ parameter: "slug", message: "Lowercase letters, digits and single hyphens, at most 120 characters." }]);
  }
  const { slug } = parsed.data;
  const meetup = await getPublicMeetup(slug);
  if (!meetup) return notFoundError(`No meetup ${slug}.`);
  return jsonOk(meetupDetail, meetup);
}
