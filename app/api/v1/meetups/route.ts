import { apiOperations } from "@/lib/api/operations";
import { jsonOk, parseQuery } from "@/lib/api/responses";
import { listPublicMeetups } from "@/lib/meetups/api";
import { meetupList } from "@/lib/meetups/api-schema";
import { apiLimitResponse } from "@/lib/rate-limits/mutations";

const { query: parameters } = apiOperations["/api/v1/meetups"];

export async function GET(request: Request) {
  const limited = await apiLimitResponse(request);
  if (limited) return limited;
  const query = parseQuery(parameters, new URL(request.url));
  if (!query.ok) return query.response;
  return jsonOk(meetupList, await listPublicMeetups(query.data));
}
