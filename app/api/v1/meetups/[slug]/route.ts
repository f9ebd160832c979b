import { NextResponse } from "next/server";
import { jsonError, notFoundError } from "@/lib/api/responses";
import { getPublicMeetup } from "@/lib/meetups/api";

export async function GET(_request: Request, { params }: RouteContext<"/api/v1/meetups/[slug]">) {
  const { slug } = await params;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 120) {
    return jsonError(400, "bad_request", "Malformed meetup slug.", [{ parameter: "slug", message: "Lowercase letters, digits and dashes." }]);
  }
  const meetup = await getPublicMeetup(slug);
  if (!meetup) return notFoundError(`No meetup ${slug}.`);
  return NextResponse.json(meetup);
}
