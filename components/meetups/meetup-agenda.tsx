import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { MeetupDetail } from "@/lib/meetups/queries";
import { berlinIsoString } from "@/lib/meetups/time";
import { Section } from "@/components/ui/section";

export async function MeetupAgenda({ agenda }: { agenda: MeetupDetail["agenda"] }) {
  const t = await getTranslations("meetups.detail");
  const format = await getFormatter();
  return (
    <Section titleId="agenda-title" title={t("agenda")} className="flex flex-col gap-12">
      {agenda.length === 0 ? (
        <p className="kern-body">{t("agendaEmpty")}</p>
      ) : (
        <ol className="flex flex-col gap-12">
          {agenda.map((item) => (
            <li key={item.id} className="grid gap-8 border-l-4 border-kern-layout-border pl-16 md:grid-cols-[8rem_1fr]">
              <p className="kern-body kern-body--bold">
                <time dateTime={berlinIsoString(item.startsAt)}>{format.dateTime(item.startsAt, { timeStyle: "short", timeZone: "Europe/Berlin" })}</time>
                <span className="kern-body--small block font-normal">{t("minutes", { count: item.durationMinutes })}</span>
              </p>
              <div className="flex flex-col gap-4">
                <h3 className="kern-heading-small">
                  {item.title} <span className="kern-body kern-body--small">({t(`types.${item.type}`)})</span>
                </h3>
                {item.description ? <p className="kern-body prewrap">{item.description}</p> : null}
                {item.speakers.length > 0 ? (
                  <p className="kern-body kern-body--small">
                    {t("speakers")}: {item.speakers.map((s) => (s.municipalityName ? `${s.name} (${s.municipalityName})` : s.name)).join(", ")}
                  </p>
                ) : null}
                {item.solutions.length > 0 ? (
                  <p className="kern-body kern-body--small">
                    {t("solutions")}:{" "}
                    {item.solutions.map((s, i) => (
                      <span key={s.id}>
                        {i > 0 ? ", " : ""}
                        <Link href={`/solutions/${s.slug}`} className="kern-link">
                          {s.title}
                        </Link>
                      </span>
                    ))}
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
