import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { db } from "@/db/client";
import type { healthDown, healthOk } from "@/lib/api/schemas";

export async function GET() {
  try {
    await db.execute(sql`select 1`);
    return NextResponse.json<z.infer<typeof healthOk>>({ status: "ok", db: "ok" }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    console.error("[health] database check failed:", error);
    return NextResponse.json<z.infer<typeof healthDown>>({ status: "error", db: "error" }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
