import { notFoundError } from "@/lib/api/responses";
import { buildAuditCsv } from "@/lib/audit/csv";
import { AUDIT_CSV_LIMIT, listAuditEntries } from "@/lib/audit/queries";
import { auditFilterInput } from "@/lib/audit/schema";
import { auth } from "@/lib/auth/config";
import { getMemberById } from "@/lib/members/queries";
import { firstValues } from "@/lib/search-params";

/**
 * The audit log as CSV, with the filters of /admin/audit, for admins only. Everyone else, signed in
 * or not, gets the same 404 as for a file that does not exist; malformed filters are a 400.
 */
export async function GET(request: Request) {
  const session = await auth();
  const viewerId = session?.user?.id;
  const viewer = viewerId ? await getMemberById(viewerId) : null;
  if (viewer?.role !== "admin") return notFoundError("Not found.");
  const parsed = auditFilterInput.safeParse(firstValues(Object.fromEntries(new URL(request.url).searchParams)));
  if (!parsed.success) {
    return new Response("Ungültiger Filter / invalid filter\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });
  }
  const rows = await listAuditEntries(parsed.data, { limit: AUDIT_CSV_LIMIT, offset: 0 });
  return new Response(buildAuditCsv(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="audit-log.csv"',
      // Names of members and their actions: no shared cache may keep a copy.
      "cache-control": "private, no-store",
    },
  });
}
