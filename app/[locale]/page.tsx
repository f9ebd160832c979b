import { getTranslations } from "next-intl/server";
import { HomeSearch } from "@/components/home/home-search";
import { StatCounts } from "@/components/home/stat-counts";
import { Link } from "@/i18n/navigation";
import { getCurrentMember } from "@/lib/auth/session";
import { getPlatformCounts } from "@/lib/stats/queries";

export default async function HomePage() {
  const t = await getTranslations("home");
  const [counts, member] = await Promise.all([getPlatformCounts(), getCurrentMember()]);
  return (
    <div className="flex flex-col gap-40">
      <section aria-labelledby="home-title" className="flex flex-col gap-16">
        <h1 id="home-title" className="kern-heading-display hyphens-auto break-words">
          {t("title")}
        </h1>
        <p className="kern-body kern-body--large max-w-768">{t("lead")}</p>
        <HomeSearch />
      </section>
      <StatCounts counts={counts} />
      <section className="grid gap-24 md:grid-cols-3">
        <article className="kern-card">
          <div className="kern-card__container">
            <header className="kern-card__header">
              <h2 className="kern-heading-small">{t("directoryTitle")}</h2>
            </header>
            <div className="kern-card__body">
              <p className="kern-body">{t("directoryText", { count: counts.municipalities })}</p>
            </div>
            <footer className="kern-card__footer">
              <Link href="/municipalities" className="kern-link">
                {t("directoryLink")}
              </Link>
            </footer>
          </div>
        </article>
        <article className="kern-card">
          <div className="kern-card__container">
            <header className="kern-card__header">
              <h2 className="kern-heading-small">{t("catalogueTitle")}</h2>
            </header>
            <div className="kern-card__body">
              <p className="kern-body">{t("catalogueText", { count: counts.services })}</p>
            </div>
            <footer className="kern-card__footer">
              <Link href="/services" className="kern-link">
                {t("catalogueLink")}
              </Link>
            </footer>
          </div>
        </article>
        {member ? null : (
          <article className="kern-card">
            <div className="kern-card__container">
              <header className="kern-card__header">
                <h2 className="kern-heading-small">{t("joinTitle")}</h2>
              </header>
              <div className="kern-card__body">
                <p className="kern-body">{t("joinText")}</p>
              </div>
              <footer className="kern-card__footer">
                <Link href="/signin" className="kern-link">
                  {t("joinLink")}
                </Link>
              </footer>
            </div>
          </article>
        )}
      </section>
    </div>
  );
}
