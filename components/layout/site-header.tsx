import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { adminPagesFor } from "@/lib/admin/rules";
import { seesProfiles } from "@/lib/members/rules";
import { signOutAction } from "@/lib/auth/actions";
import { getCurrentMember, hasCompleteProfile, type CurrentMember } from "@/lib/auth/session";
import { NotificationBadge } from "@/components/notifications/notification-badge";
import { SiteSearch } from "@/components/search/site-search";
import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";
import { MobileMenu } from "./mobile-menu";
import { ProfileReminder } from "./profile-reminder";

/** Language switch and account links: in the header row on wide screens, in the menu on narrow ones. */
async function HeaderAccount({ member, className, badge = false }: { member: CurrentMember | null; className: string; badge?: boolean }) {
  const t = await getTranslations("layout");
  const ta = await getTranslations("adminArea");
  return (
    <div className={className}>
      <LanguageSwitch label={t("switchTo")} ariaLabel={t("switchToLabel")} />
      {member ? (
        <>
          {adminPagesFor(member.role).length > 0 ? (
            <Link href="/admin" className="kern-link">
              {ta("link")}
            </Link>
          ) : null}
          {badge ? <NotificationBadge memberId={member.id} /> : null}
          {seesProfiles({ id: member.id, status: member.status, role: member.role }) ? (
            <Link href="/members" className="kern-link">
              {t("membersDirectory")}
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
  );
}

export async function SiteHeader() {
  const t = await getTranslations("layout");
  const member = await getCurrentMember();
  return (
    <header className="relative border-b-4 border-kern-action-default bg-kern-layout-background-default">
      <div className="mx-auto flex w-full max-w-1200 flex-wrap items-center justify-between gap-x-16 gap-y-12 px-16 py-12">
        {/* The brand shrinks first on a phone (its tagline wraps), so the menu button stays beside it. */}
        <Link href="/" className="flex min-w-0 grow basis-0 flex-col no-underline text-kern-layout-text-default md:grow-0 md:basis-auto">
          <span className="text-kern-24 font-bold">{t("brand")}</span>
          <span className="text-kern-static-small text-kern-layout-text-muted">{t("tagline")}</span>
        </Link>
        {/* One search box for everything: between brand and account on wide screens, first in the menu on narrow ones (the header stays one row). */}
        <div className="hidden md:block md:max-w-480 md:flex-1">
          <SiteSearch inputId="site-search-q" compact />
        </div>
        <HeaderAccount member={member} className="hidden flex-wrap items-center gap-12 md:flex" badge />
        {/* Narrow screens: the unread count stays in sight, next to the menu button. */}
        {member ? (
          <div className="ml-auto shrink-0 md:hidden">
            <NotificationBadge memberId={member.id} />
          </div>
        ) : null}
        <MobileMenu>
          <SiteSearch inputId="menu-search-q" compact />
          <MainNav layout="menu" />
          <HeaderAccount member={member} className="flex flex-col items-start gap-12 border-t border-kern-layout-border pt-16" />
        </MobileMenu>
      </div>
      <div className="hidden md:block">
        <MainNav />
      </div>
      {member && !hasCompleteProfile(member) ? <ProfileReminder /> : null}
    </header>
  );
}
