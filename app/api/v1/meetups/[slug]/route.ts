import { NextResponse } from "next/server";
import { jsonError, notFoundError } from "@/lib/api/responses";
import { getPublicMeetup } from "@/lib/meetups/api";
import { isSlug } from "@/lib/validation";

export async function GET(_request: Request, { params }: RouteContext<"/api/v1/meetups/[slug]">) {
  const { slug } = await params;
  if (!isSlug(slug)) {
    return jsonError(400, "bad_request", "Malformed meetup slug.", [{ parameter: "slug", message: "Lowercase letters, digits and dashes." }]);
  }
  const meetup = await getPublicMeetup(slug);
  if (!meetup) return notFoundError(`No meetup ${slug}.`);
  return NextResponse.json(meetup);
}
