import { notFoundError } from "@/lib/api/responses";
import { auth } from "@/lib/auth/config";
import { getMeetupIdBySlug } from "@/lib/meetups/organiser-queries";
import { getParticipantsForOrganiser } from "@/lib/meetups/participant-queries";
import { buildParticipantsCsv } from "@/lib/meetups/participants-csv";

/**
 * The participant list for the meetup's organisers and admins. Everyone else, signed in or not,
 * gets the same 404 as for a meetup that does not exist: the answer must not tell whether it does.
 */
export async function GET(_request: Request, { params }: RouteContext<"/meetups/[slug]/participants.csv">) {
  const { slug } = await params;
  const session = await auth();
  const viewerId = session?.user?.id;
  const meetupId = viewerId ? await getMeetupIdBySlug(slug) : null;
  const rows = viewerId && meetupId ? await getParticipantsForOrganiser(meetupId, viewerId) : null;
  if (!rows) return notFoundError("No such meetup.");
  return new Response(buildParticipantsCsv(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      // getMeetupIdBySlug only finds well-formed slugs (a-z, 0-9, "-"), safe inside the quotes.
      "content-disposition": `attachment; filename="${slug}-teilnehmende.csv"`,
      // Names and e-mail addresses: no shared cache may keep a copy.
      "cache-control": "private, no-store",
    },
  });
}
