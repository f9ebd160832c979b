import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { getLocale } from "next-intl/server";

/** One box, three targets: the submit button chosen decides where the query goes; works without JS. */
export async function HomeSearch() {
  const t = await getTranslations("home");
  const locale = await getLocale();
  return (
    <form role="search" action={getPathname({ href: "/solutions", locale })} method="get" className="flex max-w-768 flex-col gap-12">
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="home-q">
          {t("searchLabel")}
        </label>
        <div className="kern-hint" id="home-q-hint">
          {t("searchHint")}
        </div>
        <input id="home-q" name="q" type="search" className="kern-form-input__input" aria-describedby="home-q-hint" />
      </div>
      <div className="flex flex-wrap gap-12">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t("searchSolutions")}</span>
        </button>
        <button type="submit" formAction={getPathname({ href: "/municipalities", locale })} className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t("searchMunicipalities")}</span>
        </button>
        <button type="submit" formAction={getPathname({ href: "/services", locale })} className="kern-btn kern-btn--secondary">
          <span className="kern-label">{t("searchServices")}</span>
        </button>
      </div>
    </form>
  );
}
