import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import { signOutAction } from "@/lib/auth/actions";
import { getCurrentMember, hasCompleteProfile } from "@/lib/auth/session";
import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";

export async function SiteHeader() {
  const t = await getTranslations("layout");
  const ta = await getTranslations("admin");
  const member = await getCurrentMember();
  return (
    <header className="border-b-4 border-kern-action-default bg-kern-layout-background-default">
      <div className="mx-auto flex w-full max-w-1200 flex-wrap items-center justify-between gap-16 px-16 py-12">
        <Link href="/" className="flex flex-col no-underline text-kern-layout-text-default">
          <span className="text-kern-24 font-bold">{t("brand")}</span>
          <span className="text-kern-static-small text-kern-layout-text-muted">{t("tagline")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-12">
          <LanguageSwitch label={t("switchTo")} ariaLabel={t("switchToLabel")} />
          {member ? (
            <>
              {member.role === "admin" ? (
                <Link href="/admin/members" className="kern-link">
                  {ta("link")}
                </Link>
              ) : null}
              <Link href="/me" className="kern-link">
                {t("myKommunalnetz")}
              </Link>
              <Link href="/onboarding" className="kern-link">
                {t("signedInAs", { name: member.name ?? member.email ?? "" })}
              </Link>
              <form action={signOutAction}>
                <button type="submit" className="kern-btn kern-btn--secondary kern-btn--x-small">
                  <span className="kern-label">{t("signOut")}</span>
                </button>
              </form>
            </>
          ) : (
            <Link href="/signin" className="kern-btn kern-btn--primary kern-btn--x-small no-underline">
              <span className="kern-label">{t("signIn")}</span>
            </Link>
          )}
        </div>
      </div>
      <MainNav />
      {member && !hasCompleteProfile(member) ? (
        <Alert
          variant="info"
          role="status"
          className="mx-auto max-w-1200"
          title={
            <Link href="/onboarding" className="kern-link">
              {t("completeProfile")}
            </Link>
          }
        />
      ) : null}
    </header>
  );
}
