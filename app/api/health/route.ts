import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { db } from "@/db/client";

export async function GET() {
  try {
    await db.execute(sql`select 1`);
    return NextResponse.json({ status: "ok", db: "ok" }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    console.error("[health] database check failed:", error);
    return NextResponse.json({ status: "error", db: "error" }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
