import { NextResponse } from "next/server";
import { jsonError, notFoundError } from "@/lib/api/responses";
import { getServiceById } from "@/lib/services/queries";
import { serviceIdParam } from "@/lib/services/schema";
import { listMunicipalitiesRunningService } from "@/lib/solutions/live-queries";

export async function GET(_request: Request, { params }: RouteContext<"/api/v1/services/[id]">) {
  const { id } = await params;
  const parsed = serviceIdParam.safeParse(id);
  if (!/^\d+$/.test(id) || !parsed.success) {
    return jsonError(400, "bad_request", "A service id is the numeric OZG-ID.", [{ parameter: "id", message: "Expected a positive integer." }]);
  }
  const [service, liveIn] = await Promise.all([getServiceById(parsed.data), listMunicipalitiesRunningService(parsed.data)]);
  if (!service) return notFoundError(`No OZG service with id ${id}.`);
  return NextResponse.json({ ...service, liveIn });
}
