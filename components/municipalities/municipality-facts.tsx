import { getFormatter, getTranslations } from "next-intl/server";
import { FactList, type Fact } from "@/components/ui/fact-list";
import { Link } from "@/i18n/navigation";
import type { getMunicipalityByAgs } from "@/lib/municipalities/queries";

type Municipality = NonNullable<Awaited<ReturnType<typeof getMunicipalityByAgs>>>;

export async function MunicipalityFacts({ municipality: m }: { municipality: Municipality }) {
  const t = await getTranslations("municipalities.detail");
  const format = await getFormatter();
  const facts: Fact[] = [
    [t("ags"), m.ags],
    [t("ars"), m.ars],
    [t("type"), m.type],
    [
      t("district"),
      <Link key="district" href={{ pathname: "/municipalities", query: { state: m.stateCode, district: m.districtCode } }} className="kern-link">
        {m.districtFullName} ({m.districtType})
      </Link>,
    ],
    [
      t("state"),
      <Link key="state" href={{ pathname: "/municipalities", query: { state: m.stateCode } }} className="kern-link">
        {m.stateName}
      </Link>,
    ],
    [t("population"), format.number(m.population)],
    [t("area"), t("areaValue", { area: format.number(m.areaKm2, { maximumFractionDigits: 2 }) })],
    [t("postalCode"), m.postalCode ? (m.postalCodeUnique ? m.postalCode : t("postalCodeMultiple", { code: m.postalCode })) : "–"],
  ];
  if (m.verbandName && m.verbandName !== m.name) facts.push([t("verband"), m.verbandName]);
  return (
    <FactList facts={facts} />
  );
}
