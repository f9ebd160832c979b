import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getViewer } from "@/lib/auth/session";
import { listMostReusedSolutions, listNewestSolutions } from "@/lib/solutions/queries";
import { SolutionCardList } from "./solution-card";
import { Section } from "@/components/ui/section";

/** The home page's two shelves: what is new, and what others already copied. */
export async function SolutionHighlights() {
  const t = await getTranslations("solutions.home");
  const viewer = await getViewer();
  const [newest, mostReused] = await Promise.all([listNewestSolutions(4, viewer), listMostReusedSolutions(4, viewer)]);
  return (
    <>
      <Section titleId="newest-title" title={t("newest")}>
        {newest.length > 0 ? <SolutionCardList solutions={newest} /> : <p className="kern-body">{t("none")}</p>}
        <Link href="/solutions" className="kern-link">
          {t("all")}
        </Link>
      </Section>
      {mostReused.length > 0 ? (
        <Section titleId="reused-title" title={t("mostReused")}>
          <SolutionCardList solutions={mostReused} />
          <Link href={{ pathname: "/solutions", query: { sort: "reused" } }} className="kern-link">
            {t("all")}
          </Link>
        </Section>
      ) : null}
    </>
  );
}
