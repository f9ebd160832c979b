import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";
import type { MeetupDetail } from "@/lib/meetups/queries";

/** After the meeting: slides, links and the minutes (Markdown, sanitised). */
export async function MeetupMaterials({ materials, minutes }: { materials: MeetupDetail["materials"]; minutes: string | null }) {
  if (materials.length === 0 && !minutes) return null;
  const t = await getTranslations("meetups.detail");
  return (
    <section aria-labelledby="materials-title" className="flex flex-col gap-12">
      <h2 id="materials-title" className="kern-heading-medium">
        {t("materials")}
      </h2>
      {materials.length > 0 ? (
        <ul className="kern-list">
          {materials.map((m) => (
            <li key={m.id}>{m.url ? <a href={m.url} className="kern-link" rel="noopener noreferrer">{m.title}</a> : m.title}</li>
          ))}
        </ul>
      ) : null}
      {minutes ? (
        <>
          <h3 className="kern-heading-small">{t("minutesTitle")}</h3>
          <Markdown source={minutes} />
        </>
      ) : null}
    </section>
  );
}
