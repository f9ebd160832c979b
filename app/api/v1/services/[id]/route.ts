import { apiOperations } from "@/lib/api/operations";
import { jsonError, jsonOk, notFoundError, parseQuery } from "@/lib/api/responses";
import { serviceDetail } from "@/lib/services/api-schema";
import { getServiceById } from "@/lib/services/queries";
import { listMunicipalitiesRunningService } from "@/lib/solutions/live-queries";
import { apiLimitResponse } from "@/lib/rate-limits/mutations";

const { path, query } = apiOperations["/api/v1/services/{id}"];

export async function GET(request: Request, { params }: RouteContext<"/api/v1/services/[id]">) {
  const limited = await apiLimitResponse(request);
  if (limited) return limited;
  const unknown = parseQuery(query, new URL(request.url));
  if (!unknown.ok) return unknown.response;
  const parsed = path.safeParse(await params);
  if (!parsed.success) {
    return jsonError(400, "bad_request", "A service id is the numeric OZG-ID.", [{ parameter: "id", message: "Expected a positive integer." }]);
  }
  const { id } = parsed.data;
  const [service, liveIn] = await Promise.all([getServiceById(id), listMunicipalitiesRunningService(id)]);
  if (!service) return notFoundError(`No OZG service with id ${id}.`);
  return jsonOk(serviceDetail, { ...service, liveIn });
}
