import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";

type Leika = { id: number; key: string | null; name: string; type: string | null };

export async function LeikaTable({ leika }: { leika: Leika[] }) {
  const t = await getTranslations("services.detail");
  const tl = await getTranslations("layout");
  return (
    <section aria-labelledby="leika-title">
      <h2 id="leika-title" className="kern-heading-medium mb-12">
        {t("leikaTitle")} ({leika.length})
      </h2>
      <DataTable
        label={t("leikaTitle")}
        scrollHint={tl("tableScrollHint")}
        small
        rows={leika}
        rowKey={(l) => l.id}
        columns={[
          { header: t("leikaName"), cell: (l) => l.name },
          { header: t("leikaKey"), cell: (l) => l.key ?? <em>{t("notInLeika")}</em> },
          { header: t("leikaType"), cell: (l) => l.type ?? "–" },
        ]}
      />
    </section>
  );
}
