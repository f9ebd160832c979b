import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/api/responses";
import { searchMunicipalities } from "@/lib/municipalities/queries";
import { municipalitySearchInput } from "@/lib/municipalities/schema";

export async function GET(request: Request) {
  const query = parseQuery(municipalitySearchInput, new URL(request.url), ["q", "state", "district", "page", "pageSize"]);
  if (!query.ok) return query.response;
  return NextResponse.json(await searchMunicipalities(query.data));
}
