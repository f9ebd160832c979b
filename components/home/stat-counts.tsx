import { getFormatter, getTranslations } from "next-intl/server";

export async function StatCounts({ counts }: { counts: { solutions: number; municipalities: number; services: number; liveMunicipalities: number; members: number } }) {
  const t = await getTranslations("home");
  const format = await getFormatter();
  const items = [
    { label: t("countSolutions"), value: counts.solutions },
    { label: t("countMunicipalities"), value: counts.municipalities },
    { label: t("countServices"), value: counts.services },
    { label: t("countLiveMunicipalities"), value: counts.liveMunicipalities },
    { label: t("countMembers"), value: counts.members },
  ];
  return (
    <section aria-labelledby="counts-title">
      <h2 id="counts-title" className="kern-heading-medium mb-16">
        {t("countsTitle")}
      </h2>
      <dl className="grid grid-cols-1 gap-16 sm:grid-cols-2 lg:grid-cols-5">
        {items.map((item) => (
          <div key={item.label} className="flex flex-col-reverse rounded-kern-default bg-kern-layout-background-hued p-16">
            <dt className="kern-body">{item.label}</dt>
            <dd className="text-kern-40 font-semibold text-kern-action-default">{format.number(item.value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
