import { NextResponse } from "next/server";
import type { z } from "zod";
import type { healthOk } from "@/lib/api/schemas";

/** Liveness: answers as long as the process does; a database outage must not get instances restarted. */
export function GET() {
  return NextResponse.json<z.infer<typeof healthOk>>({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
