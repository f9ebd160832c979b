import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/api/responses";
import { searchServices } from "@/lib/services/queries";
import { serviceSearchInput } from "@/lib/services/schema";

export async function GET(request: Request) {
  const query = parseQuery(serviceSearchInput, new URL(request.url), ["q", "themenfeld", "page", "pageSize"]);
  if (!query.ok) return query.response;
  return NextResponse.json(await searchServices(query.data));
}
