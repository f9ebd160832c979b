import { getTranslations } from "next-intl/server";
import { addCoOrganiserAction, removeCoOrganiserAction } from "@/lib/meetups/organiser-actions";
import type { MeetupDetail } from "@/lib/meetups/queries";
import { CoOrganiserForm } from "./co-organiser-form";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { Section } from "@/components/ui/section";

/** Who organises the meetup; any member can be added by their e-mail address. */
export async function CoOrganisers({ meetup, viewerId }: { meetup: MeetupDetail; viewerId: string }) {
  const t = await getTranslations("meetups.manage.coOrganisers");
  const remove = removeCoOrganiserAction.bind(null, meetup.id, meetup.slug);
  const onlyOne = meetup.organisers.length <= 1;
  return (
    <Section titleId="co-organisers-title" title={t("title")}>
      <ul className="flex flex-col gap-8">
        {meetup.organisers.map((o) => (
          <li key={o.id} className="flex flex-wrap items-center gap-12">
            <span className="kern-body">
              {o.name ?? t("noName")}
              {o.municipalityName ? ` (${o.municipalityName})` : ""}
              {o.id === viewerId ? ` – ${t("you")}` : ""}
            </span>
            {onlyOne ? null : (
              <InlineActionForm
                action={remove}
                fields={{ userId: o.id }}
                label={o.id === viewerId ? t("leave") : t("remove")}
                srLabel={o.name ?? undefined}
              />
            )}
          </li>
        ))}
      </ul>
      {onlyOne ? <p className="kern-hint">{t("lastHint")}</p> : null}
      <CoOrganiserForm action={addCoOrganiserAction.bind(null, meetup.id, meetup.slug)} />
    </Section>
  );
}
