import { NextResponse } from "next/server";
import { jsonError, notFoundError } from "@/lib/api/responses";
import { getMunicipalityByAgs } from "@/lib/municipalities/queries";
import { agsParam } from "@/lib/municipalities/schema";
import { listServicesRunningIn } from "@/lib/solutions/live-queries";

export async function GET(_request: Request, { params }: RouteContext<"/api/v1/municipalities/[ags]">) {
  const { ags } = await params;
  if (!agsParam.safeParse(ags).success) {
    return jsonError(400, "bad_request", "An AGS (Amtlicher Gemeindeschlüssel) has exactly 8 digits.", [{ parameter: "ags", message: "Expected 8 digits." }]);
  }
  const [municipality, liveServices] = await Promise.all([getMunicipalityByAgs(ags), listServicesRunningIn(ags)]);
  if (!municipality) return notFoundError(`No municipality with AGS ${ags}.`);
  return NextResponse.json({ ...municipality, liveServices });
}
