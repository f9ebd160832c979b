import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import type { SearchExplanation as Explanation } from "@/lib/search/solution-queries";

type Query = Record<string, string | undefined>;

/**
 * Why the results are what they are: a corrected typo ("Meinten Sie …?", with a link to the search
 * exactly as typed), a place in the query taken as a filter, results that lack some of the words,
 * and with nothing found, where to go next.
 */
export function SearchExplanation({ q, explanation, query, total }: { q: string; explanation: Explanation | undefined; query: Query; total: number }) {
  const t = useTranslations("search");
  if (!explanation) return null;
  const href = (extra: Query) => ({ pathname: "/solutions" as const, query: clean({ ...query, page: undefined, ...extra }) });
  return (
    <div className="flex flex-col gap-8">
      {explanation.didYouMean ? (
        <p className="kern-body" data-testid="did-you-mean">
          {/* Links are tags (<suggestion>…</suggestion>) with the text as an argument: a function given
              for a plain {placeholder} reached React as a value and failed the page. */}
          {t.rich("didYouMean", {
            term: explanation.didYouMean,
            suggestion: (chunks) => (
              <Link href={href({ q: explanation.didYouMean!, exact: "true" })} className="kern-link">
                <strong>{chunks}</strong>
              </Link>
            ),
          })}{" "}
          {t.rich("didYouMeanLiteral", {
            typed: q,
            query: (chunks) => (
              <Link href={href({ q, exact: "true" })} className="kern-link">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      {explanation.place ? (
        <p className="kern-body kern-body--small">
          {t(explanation.placeIgnored ? "placeElsewhere" : "place", { place: titleCase(explanation.place) })}
        </p>
      ) : null}
      {explanation.partial && total > 0 ? (
        <Alert variant="info" title={t("partial")}>
          <p className="kern-body">{t("partialHint")}</p>
        </Alert>
      ) : null}
      {total === 0 ? (
        <nav aria-label={t("nextSteps")}>
          <h2 className="kern-heading-small">{t("nextSteps")}</h2>
          <ul className="kern-list">
            <li>
              <Link href={{ pathname: "/services", query: { q } }} className="kern-link">
                {t("nextServices")}
              </Link>
            </li>
            <li>
              <Link href="/solutions" className="kern-link">
                {t("nextAll")}
              </Link>
            </li>
            <li>
              <Link href="/meetups" className="kern-link">
                {t("nextAsk")}
              </Link>
            </li>
          </ul>
        </nav>
      ) : null}
    </div>
  );
}

function clean(query: Query): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""));
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
