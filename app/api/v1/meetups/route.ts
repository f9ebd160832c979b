import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/api/responses";
import { listPublicMeetups } from "@/lib/meetups/api";
import { meetupListInput } from "@/lib/meetups/schema";

export async function GET(request: Request) {
  const query = parseQuery(meetupListInput, new URL(request.url), ["when", "state", "format", "themenfeld", "page", "pageSize"]);
  if (!query.ok) return query.response;
  return NextResponse.json(await listPublicMeetups(query.data));
}
