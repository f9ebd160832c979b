import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listMostReusedSolutions, listNewestSolutions } from "@/lib/solutions/queries";
import { SolutionCardList } from "./solution-card";

/** The home page's two shelves: what is new, and what others already copied. */
export async function SolutionHighlights() {
  const t = await getTranslations("solutions.home");
  const [newest, mostReused] = await Promise.all([listNewestSolutions(4), listMostReusedSolutions(4)]);
  return (
    <>
      <section aria-labelledby="newest-title" className="flex flex-col gap-16">
        <h2 id="newest-title" className="kern-heading-medium">
          {t("newest")}
        </h2>
        {newest.length > 0 ? <SolutionCardList solutions={newest} /> : <p className="kern-body">{t("none")}</p>}
        <Link href="/solutions" className="kern-link">
          {t("all")}
        </Link>
      </section>
      {mostReused.length > 0 ? (
        <section aria-labelledby="reused-title" className="flex flex-col gap-16">
          <h2 id="reused-title" className="kern-heading-medium">
            {t("mostReused")}
          </h2>
          <SolutionCardList solutions={mostReused} />
          <Link href={{ pathname: "/solutions", query: { sort: "reused" } }} className="kern-link">
            {t("all")}
          </Link>
        </section>
      ) : null}
    </>
  );
}
