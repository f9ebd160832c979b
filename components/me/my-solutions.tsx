import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { MySolution } from "@/lib/me/queries";

/** The member's published or co-authored solutions: freshness and how many towns reuse each. */
export async function MySolutionList({ solutions, none }: { solutions: MySolution[]; none: string }) {
  const t = await getTranslations("me");
  const ts = await getTranslations("solutions");
  const format = await getFormatter();
  if (solutions.length === 0) return <p className="kern-body">{none}</p>;
  return (
    <ul className="kern-list">
      {solutions.map((s) => (
        <li key={s.slug}>
          <Link href={`/solutions/${s.slug}`} className="kern-link">
            {s.title}
          </Link>{" "}
          ({s.municipalityName}) – {ts(`statuses.${s.status}`)} · {ts("reuseCount", { count: s.reuseCount })}
          {s.confirmedAt ? ` · ${t("confirmed", { date: format.dateTime(s.confirmedAt, { dateStyle: "medium", timeZone: "Europe/Berlin" }) })}` : null}
          {s.outdated ? (
            <>
              {" "}
              <span className="kern-badge kern-badge--warning">
                <span className="kern-label kern-label--small">{ts("outdated")}</span>
              </span>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export async function MyDraftList({ drafts }: { drafts: MySolution[] }) {
  const t = await getTranslations("me");
  const format = await getFormatter();
  if (drafts.length === 0) return <p className="kern-body">{t("drafts.none")}</p>;
  return (
    <ul className="kern-list">
      {drafts.map((s) => (
        <li key={s.slug}>
          <Link href={`/solutions/${s.slug}`} className="kern-link">
            {s.title}
          </Link>{" "}
          ({s.municipalityName}) – {t("drafts.updated", { date: format.dateTime(s.updatedAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" }) })} ·{" "}
          <Link href={`/solutions/${s.slug}/edit`} className="kern-link" aria-label={`${t("drafts.edit")}: ${s.title}`}>
            {t("drafts.edit")}
          </Link>
        </li>
      ))}
    </ul>
  );
}
