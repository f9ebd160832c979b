import { absoluteUrl } from "@/lib/config/origin";
import { parseQuery } from "@/lib/api/responses";
import { buildCalendar } from "@/lib/meetups/calendar";
import { upcomingMeetupsForFeed } from "@/lib/meetups/queries";
import { meetupFilterInput } from "@/lib/meetups/schema";
import { apiLimitResponse } from "@/lib/rate-limits/mutations";

// The subscription feed of all upcoming meetups; it takes the list's filters (state, format,
// Themenfeld), so a subscriber can follow just the meetings in Baden-Württemberg, say.
export async function GET(request: Request) {
  const limited = await apiLimitResponse(request);
  if (limited) return limited;
  const query = parseQuery(meetupFilterInput, new URL(request.url));
  if (!query.ok) return query.response;
  const meetups = await upcomingMeetupsForFeed(query.data);
  const body = buildCalendar(meetups, { calName: "Kommunalnetz – Netzwerktreffen", pageUrl: (slug) => absoluteUrl(`/meetups/${slug}`) });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="kommunalnetz-netzwerktreffen.ics"',
      "cache-control": "public, max-age=300",
    },
  });
}
