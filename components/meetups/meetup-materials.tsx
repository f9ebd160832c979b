import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";
import type { MeetupDetail } from "@/lib/meetups/queries";
import { Section } from "@/components/ui/section";

/** After the meeting: slides, links and the minutes (Markdown, sanitised). */
export async function MeetupMaterials({ materials, minutes }: { materials: MeetupDetail["materials"]; minutes: string | null }) {
  if (materials.length === 0 && !minutes) return null;
  const t = await getTranslations("meetups.detail");
  return (
    <Section titleId="materials-title" title={t("materials")} className="flex flex-col gap-12">
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
    </Section>
  );
}
