import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { publicPageMetadata } from "@/lib/seo/metadata";
import { HomeSearch } from "@/components/home/home-search";
import { StatCounts } from "@/components/home/stat-counts";
import { SolutionHighlights } from "@/components/solutions/solution-highlights";
import { LinkCard } from "@/components/ui/link-card";
import { getCurrentMember } from "@/lib/auth/session";
import { getPlatformCounts } from "@/lib/stats/queries";
import { Hyphenated } from "@/components/ui/hyphenated";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations("meta");
  return publicPageMetadata({ locale, path: "/", description: t("description") });
}

export default async function HomePage() {
  const t = await getTranslations("home");
  const [counts, member] = await Promise.all([getPlatformCounts(), getCurrentMember()]);
  return (
    <div className="flex flex-col gap-40">
      <section aria-labelledby="home-title" className="flex flex-col gap-16">
        <h1 id="home-title" className="kern-heading-display">
          <Hyphenated text={t("title")} />
        </h1>
        <p className="kern-body kern-body--large max-w-768">{t("lead")}</p>
        <HomeSearch />
      </section>
      <StatCounts counts={counts} />
      <SolutionHighlights />
      <section className="grid gap-24 md:grid-cols-3">
        <LinkCard title={t("directoryTitle")} text={t("directoryText", { count: counts.municipalities })} href="/municipalities" linkText={t("directoryLink")} />
        <LinkCard title={t("catalogueTitle")} text={t("catalogueText", { count: counts.services })} href="/services" linkText={t("catalogueLink")} />
        {member ? null : <LinkCard title={t("joinTitle")} text={t("joinText")} href="/signin" linkText={t("joinLink")} />}
      </section>
    </div>
  );
}
