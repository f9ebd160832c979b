import { apiOperations } from "@/lib/api/operations";
import { jsonOk, parseQuery } from "@/lib/api/responses";
import { serviceList } from "@/lib/services/api-schema";
import { searchServices } from "@/lib/services/queries";
import { apiLimitResponse } from "@/lib/rate-limits/mutations";

const { query: parameters } = apiOperations["/api/v1/services"];

export async function GET(request: Request) {
  const limited = await apiLimitResponse(request);
  if (limited) return limited;
  const query = parseQuery(parameters, new URL(request.url));
  if (!query.ok) return query.response;
  return jsonOk(serviceList, await searchServices(query.data));
}
