import { NextResponse } from "next/server";
import type { z } from "zod";
import type { readyDown, readyOk } from "@/lib/api/schemas";
import { readiness } from "@/lib/health/database";

export const dynamic = "force-dynamic";

/** Readiness for a proxy or orchestrator: 200 only when the database answers and is fully migrated. */
export async function GET() {
  const state = await readiness();
  const headers = { "cache-control": "no-store" };
  if (state.db === "ok" && state.migrations === "ok") {
    return NextResponse.json<z.infer<typeof readyOk>>({ status: "ok", db: "ok", migrations: "ok" }, { headers });
  }
  return NextResponse.json<z.infer<typeof readyDown>>({ status: "error", ...state }, { status: 503, headers });
}
