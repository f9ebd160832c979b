import { getTranslations } from "next-intl/server";
import { addMaterialAction, removeMaterialAction, setMinutesAction } from "@/lib/meetups/organiser-actions";
import type { MeetupDetail } from "@/lib/meetups/queries";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { MaterialForm } from "./material-form";
import { MinutesForm } from "./minutes-form";
import { Section } from "@/components/ui/section";

/** After the meeting: links to slides and documents, and the minutes in Markdown. */
export async function MaterialsEditor({ meetup }: { meetup: MeetupDetail }) {
  const t = await getTranslations("meetups.manage.materials");
  const remove = removeMaterialAction.bind(null, meetup.slug);
  return (
    <Section titleId="materials-title" title={t("title")}>
      <p className="kern-body">{t("lead")}</p>
      {meetup.materials.length === 0 ? (
        <p className="kern-body">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-8">
          {meetup.materials.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-12">
              <span className="kern-badge kern-badge--info kern-badge--small">
                <span className="kern-label kern-label--small">{t(`kinds.${m.kind}`)}</span>
              </span>
              {m.url ? (
                <a href={m.url} className="kern-link" rel="noopener noreferrer">
                  {m.title}
                </a>
              ) : (
                <span className="kern-body">{m.title}</span>
              )}
              <InlineActionForm action={remove} fields={{ materialId: m.id }} label={t("remove")} srLabel={m.title} />
            </li>
          ))}
        </ul>
      )}
      <MaterialForm action={addMaterialAction.bind(null, meetup.id, meetup.slug)} />
      <MinutesForm action={setMinutesAction.bind(null, meetup.id, meetup.slug)} minutes={meetup.minutes ?? ""} />
    </Section>
  );
}
