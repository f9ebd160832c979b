import { absoluteUrl } from "@/lib/config/origin";
import { jsonError, notFoundError } from "@/lib/api/responses";
import { buildCalendar } from "@/lib/meetups/calendar";
import { getMeetupBySlug } from "@/lib/meetups/queries";
import { isSlug } from "@/lib/validation";
import { apiLimitResponse } from "@/lib/rate-limits/mutations";

export async function GET(request: Request, { params }: RouteContext<"/meetups/[slug]/calendar.ics">) {
  const limited = await apiLimitResponse(request);
  if (limited) return limited;
  const { slug } = await params;
  if (!isSlug(slug)) return jsonError(400, "bad_request", "Malformed meetup slug.");
  // Anonymous view: drafts do not exist here, and the file never carries the online link.
  const meetup = await getMeetupBySlug(slug);
  if (!meetup) return notFoundError(`No meetup ${slug}.`);
  const body = buildCalendar(
    [{ ...meetup, uid: meetup.id, status: meetup.state }],
    { calName: meetup.title, pageUrl: (s) => absoluteUrl(`/meetups/${s}`) },
  );
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${slug}.ics"`,
    },
  });
}
