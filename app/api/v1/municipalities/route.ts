import { apiOperations } from "@/lib/api/operations";
import { jsonOk, parseQuery } from "@/lib/api/responses";
import { municipalityList } from "@/lib/municipalities/api-schema";
import { searchMunicipalities } from "@/lib/municipalities/queries";
import { apiLimitResponse } from "@/lib/rate-limits/mutations";

const { query: parameters } = apiOperations["/api/v1/municipalities"];

export async function GET(request: Request) {
  const limited = await apiLimitResponse(request);
  if (limited) return limited;
  const query = parseQuery(parameters, new URL(request.url));
  if (!query.ok) return query.response;
  return jsonOk(municipalityList, await searchMunicipalities(query.data));
}
