import { apiOperations } from "@/lib/api/operations";
import { jsonOk, parseQuery } from "@/lib/api/responses";
import { searchPublicSolutions } from "@/lib/solutions/api";
import { solutionList } from "@/lib/solutions/api-schema";
import { apiLimitResponse } from "@/lib/rate-limits/mutations";

const { query: parameters } = apiOperations["/api/v1/solutions"];

export async function GET(request: Request) {
  const limited = await apiLimitResponse(request);
  if (limited) return limited;
  const query = parseQuery(parameters, new URL(request.url));
  if (!query.ok) return query.response;
  return jsonOk(solutionList, await searchPublicSolutions(query.data));
}
