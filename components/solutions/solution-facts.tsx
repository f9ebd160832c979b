import { getFormatter, getTranslations } from "next-intl/server";
import { FactList, type Fact } from "@/components/ui/fact-list";
import { Link } from "@/i18n/navigation";
import type { SolutionDetail } from "@/lib/solutions/queries";
import { MembersOnlyNote } from "@/components/visibility/members-only-note";

function range(min: number | null, max: number | null, money: (n: number) => string, t: (key: string, values?: Record<string, string>) => string) {
  if (min !== null && max !== null) return min === max ? money(min) : t("costRange", { min: money(min), max: money(max) });
  if (min !== null) return t("costFrom", { min: money(min) });
  if (max !== null) return t("costUpTo", { max: money(max) });
  return t("notStated");
}

export async function SolutionFacts({ solution: s, signedIn }: { solution: SolutionDetail; signedIn: boolean }) {
  const t = await getTranslations("solutions.detail");
  const ts = await getTranslations("solutions");
  const format = await getFormatter();
  const money = (n: number) => format.number(n, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  // A members-only field group the viewer may not see: the note stands where its value would be.
  const note = <MembersOnlyNote signedIn={signedIn} returnTo={`/solutions/${s.slug}`} />;
  const hidden = (group: SolutionDetail["hiddenFields"][number]) => s.hiddenFields.includes(group);
  const facts: Fact[] = [
    [
      t("municipality"),
      <Link key="m" href={`/municipalities/${s.municipality.ags}`} className="kern-link">
        {s.municipality.fullName}
      </Link>,
    ],
    [
      t("services"),
      <ul key="s" className="kern-list">
        {s.services.map((service) => (
          <li key={service.id}>
            <Link href={`/services/${service.id}`} className="kern-link">
              {service.name}
            </Link>{" "}
            <span className="kern-body--small">({service.themenfeld})</span>
          </li>
        ))}
      </ul>,
    ],
    [t("status"), ts(`statuses.${s.status}`)],
    [t("goLive"), s.goLiveDate ? format.dateTime(new Date(`${s.goLiveDate}T12:00:00Z`), { dateStyle: "long" }) : t("notStated")],
    [t("maturity"), ts(`maturityLevels.${s.maturity}`)],
    [t("software"), s.software ?? t("notStated")],
    [t("vendor"), hidden("vendor") ? note : (s.vendor ?? t("notStated"))],
    [
      t("openSource"),
      s.isOpenSource && s.repositoryUrl ? (
        <a key="r" href={s.repositoryUrl} className="kern-link" rel="noopener noreferrer">
          {t("yes")} – {t("repository")}
        </a>
      ) : s.isOpenSource ? (
        t("yes")
      ) : (
        t("no")
      ),
    ],
    [t("costOneOff"), hidden("costs") ? note : range(s.costOneOffMin, s.costOneOffMax, money, t)],
    [t("costYearly"), hidden("costs") ? note : range(s.costYearlyMin, s.costYearlyMax, money, t)],
    [t("effort"), hidden("effort") ? note : s.effortPersonDays !== null ? t("effortValue", { days: s.effortPersonDays }) : t("notStated")],
  ];
  return (
    <section aria-labelledby="facts-title">
      <h2 id="facts-title" className="kern-heading-medium mb-12">
        {t("facts")}
      </h2>
      <FactList facts={facts} />
    </section>
  );
}
