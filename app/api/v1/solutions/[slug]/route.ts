import { apiOperations } from "@/lib/api/operations";
import { jsonError, jsonOk, notFoundError, parseQuery } from "@/lib/api/responses";
import { getPublicSolution } from "@/lib/solutions/api";
import { solutionDetail } from "@/lib/solutions/api-schema";
import { apiLimitResponse } from "@/lib/rate-limits/mutations";

const { path, query } = apiOperations["/api/v1/solutions/{slug}"];

export async function GET(request: Request, { params }: RouteContext<"/api/v1/solutions/[slug]">) {
  const limited = await apiLimitResponse(request);
  if (limited) return limited;
  const unknown = parseQuery(query, new URL(request.url));
  if (!unknown.ok) return unknown.response;
  const parsed = path.safeParse(await params);
  if (!parsed.success) {
    return jsonError(400, "bad_request", "A solution slug consists of lowercase letters, digits and single hyphens.", [
      { parameter: "slug", message: "Expected a slug such as wohngeld-online-beantragen (at most 120 characters)." },
    ]);
  }
  const { slug } = parsed.data;
  const solution = await getPublicSolution(slug);
  // Drafts answer exactly like unknown slugs, so the API does not reveal that they exist.
  if (!solution) return notFoundError(`No published solution with slug ${slug}.`);
  return jsonOk(solutionDetail, solution);
}
