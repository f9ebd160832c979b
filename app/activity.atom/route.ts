import { buildActivityFeed } from "@/lib/activity/feed";
import { activityFilterInput } from "@/lib/activity/schema";
import { parseQuery } from "@/lib/api/responses";
import { apiLimitResponse } from "@/lib/rate-limits/mutations";

// The network's public activity as an Atom feed, with the filters of /activity (state, themenfeld).
export async function GET(request: Request) {
  const limited = await apiLimitResponse(request);
  if (limited) return limited;
  const query = parseQuery(activityFilterInput, new URL(request.url));
  if (!query.ok) return query.response;
  return new Response(await buildActivityFeed(query.data), {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
