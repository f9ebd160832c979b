import { getConnection } from "@/db/client";
import { backupAllowed } from "@/db/backup";
import { ensureAuthSecret } from "@/lib/auth/secret-config";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * A consistent copy of the embedded PGlite database while the app runs, for `npm run db:backup`
 * (db/backup.ts). Only on PGlite (on a Postgres server use pg_dump) and only with the operator's
 * token, derived from AUTH_SECRET; to everyone else it does not exist.
 */
export async function POST(request: Request) {
  const connection = getConnection();
  if (!connection.dumpDataDir || !backupAllowed(request.headers.get("authorization"), ensureAuthSecret())) return notFound();
  const backup = await connection.dumpDataDir();
  return new Response(backup, {
    headers: { "content-type": "application/gzip", "content-disposition": 'attachment; filename="kommunalnetz-pglite.tar.gz"', "cache-control": "no-store" },
  });
}
