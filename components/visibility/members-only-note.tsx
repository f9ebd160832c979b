import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/**
 * Stands where a members-only field of a public solution would be, for viewers who may not see it:
 * anonymous visitors get a sign-in link back to this page, pending members are told that their
 * membership is not confirmed yet (signing in again would not help them).
 */
export async function MembersOnlyNote({ signedIn, returnTo }: { signedIn: boolean; returnTo: string }) {
  const t = await getTranslations("visibility.note");
  return (
    <span className="kern-body">
      {t("membersOnly")}{" "}
      {signedIn ? (
        <span className="kern-body--small">{t("pending")}</span>
      ) : (
        <Link href={{ pathname: "/signin", query: { callbackUrl: returnTo } }} className="kern-link">
          {t("signIn")}
        </Link>
      )}
    </span>
  );
}
