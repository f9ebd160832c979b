import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { auditLog } from "@/db/schema";
import { newMember, runId } from "@/lib/solutions/test-fixtures";
import { session } from "@/test/stand-ins";

// Only who is signed in stands in; the route, the query and the database are real.
vi.mock("@/lib/auth/config", () => import("@/test/stand-ins"));

const { GET } = await import("@/app/admin/audit.csv/route");

describe("/admin/audit.csv", () => {
  it("gives admins the filtered log as a private attachment, with formulas in names defused", async () => {
    const admin = await newMember({ role: "admin" });
    const actor = await newMember({ name: `=cmd|'/c calc'!A1 ${runId}` });
    await db.insert(auditLog).values({ actorId: actor, action: "comment.hidden", targetType: "comment", targetId: `c-${runId}`, note: "@ernst" });
    session.userId = admin;
    const response = await GET(new Request(`http://localhost/admin/audit.csv?action=comment.hidden&actor=${encodeURIComponent(runId)}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="audit-log.csv"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const lines = (await response.text()).split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`;'=cmd|'/c calc'!A1 ${runId};`);
    expect(lines[1]!.endsWith(";'@ernst")).toBe(true);
  });

  it("answers a malformed filter with a 400 and everyone but admins with a 404", async () => {
    session.userId = await newMember({ role: "admin" });
    for (const query of ["from=2030-02-30", "to=gestern", "action=x", "page=1e99", "actor=%00"]) {
      expect((await GET(new Request(`http://localhost/admin/audit.csv?${query}`))).status, query).toBe(400);
    }
    session.userId = await newMember({ role: "moderator" });
    expect((await GET(new Request("http://localhost/admin/audit.csv"))).status).toBe(404);
    session.userId = null;
    expect((await GET(new Request("http://localhost/admin/audit.csv"))).status).toBe(404);
  });
});
