import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { absoluteUrl } from "@/lib/config/origin";
import { unsubscribeWithToken } from "@/lib/notifications/settings-mutations";
import { verifyToken } from "@/lib/notifications/tokens";

// The URL of every notification mail's List-Unsubscribe header (RFC 8058) and of the button on
// /unsubscribe. Works without signing in: the signed token is the authorisation.

const plain = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

const INVALID = "Dieser Abmeldelink ist ungültig oder abgelaufen.\nThis unsubscribe link is invalid or has expired.\n";

/**
 * A GET changes nothing (mail scanners and link previews fetch every link): it leads to the page
 * with the button, in the member's language.
 */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const claims = verifyToken(token, "unsubscribe");
  let prefix = "";
  if (claims) {
    const [member] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, claims.memberId)).limit(1);
    if (member?.locale === "en") prefix = "/en";
  }
  return Response.redirect(absoluteUrl(`${prefix}/unsubscribe?token=${encodeURIComponent(token)}`), 303);
}

/**
 * RFC 8058 one-click: the mail client POSTs `List-Unsubscribe=One-Click` to the URL and gets a plain
 * answer. The page's button POSTs `from=page` and is sent back to the page, which says what happened.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  let form: FormData | null = null;
  try {
    form = await request.formData();
  } catch {
    form = null;
  }
  const fromForm = form?.get("token");
  const token = url.searchParams.get("token") ?? (typeof fromForm === "string" ? fromForm : "");
  const result = await unsubscribeWithToken(token);
  if (!result.ok) return plain(INVALID, 400);
  if (form?.get("from") === "page") {
    const locale = form.get("locale") === "en" ? "/en" : "";
    return Response.redirect(absoluteUrl(`${locale}/unsubscribe?done=${result.subject}`), 303);
  }
  return plain("Abgemeldet.\nUnsubscribed.\n", 200);
}
