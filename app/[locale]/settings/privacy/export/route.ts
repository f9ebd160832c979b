import { getCurrentMember } from "@/lib/auth/session";
import { absoluteUrl } from "@/lib/config/origin";
import { localizedPath } from "@/lib/seo/metadata";
import { exportMemberData } from "@/lib/privacy/queries";
import { PRIVACY_PATH } from "@/lib/privacy/rules";

export const dynamic = "force-dynamic";

/** The member's own data as a JSON download; a visitor without a session signs in first and comes back to the privacy page. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/settings/privacy/export">) {
  const { locale } = await params;
  const member = await getCurrentMember();
  const data = member ? await exportMemberData(member.id) : null;
  if (!member || !data) {
    const signIn = `${localizedPath("/signin", locale)}?callbackUrl=${encodeURIComponent(PRIVACY_PATH)}`;
    return Response.redirect(absoluteUrl(signIn), 303);
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="kommunalnetz-meine-daten-${day}.json"`,
      "cache-control": "private, no-store",
    },
  });
}
