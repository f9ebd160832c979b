import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/api/responses";
import { searchPublicSolutions } from "@/lib/solutions/api";
import { solutionSearchInput } from "@/lib/solutions/schema";

const parameters = ["q", "themenfeld", "service", "state", "district", "ags", "size", "maturity", "status", "software", "openSource", "sort", "page", "pageSize"];

export async function GET(request: Request) {
  const query = parseQuery(solutionSearchInput, new URL(request.url), parameters);
  if (!query.ok) return query.response;
  return NextResponse.json(await searchPublicSolutions(query.data));
}
