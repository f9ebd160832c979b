import { apiOperations } from "@/lib/api/operations";
import { jsonError, jsonOk, notFoundError, parseQuery } from "@/lib/api/responses";
import { municipalityDetail } from "@/lib/municipalities/api-schema";
import { getMunicipalityByAgs } from "@/lib/municipalities/queries";
import { listServicesRunningIn } from "@/lib/solutions/live-queries";
import { apiLimitResponse } from "@/lib/rate-limits/mutations";

const { path, query } = apiOperations["/api/v1/municipalities/{ags}"];

export async function GET(request: Request, { params }: RouteContext<"/api/v1/municipalities/[ags]">) {
  const limited = await apiLimitResponse(request);
  if (limited) return limited;
  const unknown = parseQuery(query, new URL(request.url));
  if (!unknown.ok) return unknown.response;
  const parsed = path.safeParse(await params);
  if (!parsed.success) {
    return jsonError(400, "bad_request", "An AGS (Amtlicher Gemeindeschlüssel) has exactly 8 digits.", [{ parameter: "ags", message: "Expected 8 digits." }]);
  }
  const { ags } = parsed.data;
  const [municipality, liveServices] = await Promise.all([getMunicipalityByAgs(ags), listServicesRunningIn(ags)]);
  if (!municipality) return notFoundError(`No municipality with AGS ${ags}.`);
  return jsonOk(municipalityDetail, { ...municipality, liveServices });
}
