import { NextResponse } from "next/server";
import { jsonError, notFoundError } from "@/lib/api/responses";
import { getPublicSolution } from "@/lib/solutions/api";
import { solutionSlug } from "@/lib/solutions/schema";

export async function GET(_request: Request, { params }: RouteContext<"/api/v1/solutions/[slug]">) {
  const { slug } = await params;
  if (!solutionSlug.safeParse(slug).success) {
    return jsonError(400, "bad_request", "A solution slug consists of lowercase letters, digits and single hyphens.", [
      { parameter: "slug", message: "Expected a slug such as wohngeld-online-beantragen (at most 120 characters)." },
    ]);
  }
  const solution = await getPublicSolution(slug);
  // Drafts answer exactly like unknown slugs, so the API does not reveal that they exist.
  if (!solution) return notFoundError(`No published solution with slug ${slug}.`);
  return NextResponse.json(solution);
}
