import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { addAgendaItemAction, moveAgendaItemAction, removeAgendaItemAction, updateAgendaItemAction } from "@/lib/meetups/organiser-actions";
import type { SpeakerCandidate } from "@/lib/meetups/organiser-queries";
import type { MeetupDetail } from "@/lib/meetups/queries";
import { berlinWallClock, formatBerlinDateTime } from "@/lib/meetups/time";
import { AgendaItemForm } from "./agenda-item-form";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { Section } from "@/components/ui/section";

const DAY = 24 * 3_600_000;

/** The Berlin calendar days a meetup touches ("2027-03-28", …); an end at midnight adds no day. */
function meetupDays(startsAt: Date, endsAt: Date): string[] {
  const last = berlinWallClock(new Date(endsAt.getTime() - 1)).date;
  const days: string[] = [];
  for (let day = berlinWallClock(startsAt).date; day <= last && days.length < 15; ) {
    days.push(day);
    day = new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
  }
  return days;
}

/** The next item starts where the last one ends, or at the start of the meetup. */
function nextItemDefaults(meetup: MeetupDetail): Record<string, string> {
  const lastEnd = meetup.agenda.reduce<Date | null>((latest, item) => (!latest || item.endsAt > latest ? item.endsAt : latest), null);
  const at = lastEnd && lastEnd < meetup.endsAt ? lastEnd : meetup.startsAt;
  const { date, time } = berlinWallClock(at);
  return { date, time, durationMinutes: "30", type: "talk" };
}

type AgendaItem = MeetupDetail["agenda"][number];

/** What the edit form starts from: the item as stored, in the form's field names. */
function itemValues(item: AgendaItem): Record<string, string> {
  const { date, time } = berlinWallClock(item.startsAt);
  const values: Record<string, string> = {
    title: item.title,
    type: item.type,
    date,
    time,
    durationMinutes: String(item.durationMinutes),
    description: item.description ?? "",
    solutionSlugs: item.solutions.map((s) => s.slug).join(", "),
  };
  item.speakers.forEach((speaker, i) => {
    if (speaker.userId) values[`speakers-${i}-userId`] = speaker.userId;
    else values[`speakers-${i}-guestName`] = speaker.name;
  });
  return values;
}

type Props = {
  meetup: MeetupDetail;
  candidates: SpeakerCandidate[];
  /** The item whose edit form is open (`?edit=<itemId>`); an id not on the agenda opens none. */
  editing?: string;
};

export async function AgendaEditor({ meetup, candidates, editing }: Props) {
  const t = await getTranslations("meetups.manage.agenda");
  const format = await getFormatter();
  const locale = await getLocale();
  const move = moveAgendaItemAction.bind(null, meetup.id, meetup.slug);
  const remove = removeAgendaItemAction.bind(null, meetup.slug);
  const days = meetupDays(meetup.startsAt, meetup.endsAt).map((value) => ({
    value,
    // Noon UTC is the same calendar day in Berlin, whatever the season.
    label: format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "full", timeZone: "UTC" }),
  }));
  const last = meetup.agenda.length - 1;
  const managePath = `/meetups/${meetup.slug}/manage`;
  const speakerOptions = candidates.map((c) => ({ id: c.id, label: c.municipalityName ? `${c.name} (${c.municipalityName})` : (c.name ?? "") }));
  const edited = meetup.agenda.find((item) => item.id === editing);
  const tEdit = await getTranslations("ui.agendaEdit");
  return (
    <Section titleId="agenda-title" title={t("title")}>
      {meetup.agenda.length === 0 ? <p className="kern-body">{t("empty")}</p> : null}
      <ol className="flex flex-col gap-12">
        {meetup.agenda.map((item, index) => (
          <li key={item.id} id={`agenda-item-${item.id}`} className="flex flex-col gap-8 rounded-kern-default border border-kern-layout-border p-16">
            {item === edited ? (
              <AgendaItemForm
                action={updateAgendaItemAction.bind(null, meetup.slug)}
                days={days}
                defaults={itemValues(item)}
                candidates={speakerOptions}
                edit={{ itemId: item.id, cancelHref: `${managePath}#agenda-item-${item.id}` }}
              />
            ) : (
              <>
                <p className="kern-body kern-body--small">
                  {formatBerlinDateTime(item.startsAt, locale)} · {t("minutes", { count: item.durationMinutes })} · {t(`types.${item.type}`)}
                </p>
                <h3 className="kern-heading-small">{item.title}</h3>
                {item.speakers.length > 0 ? (
                  <p className="kern-body">{t("speakersList", { names: item.speakers.map((s) => s.name).join(", ") })}</p>
                ) : null}
                {item.solutions.length > 0 ? (
                  <ul className="kern-body">
                    {item.solutions.map((s) => (
                      <li key={s.id}>
                        <Link href={`/solutions/${s.slug}`} className="kern-link">
                          {s.title}
                        </Link>{" "}
                        ({s.municipalityName})
                      </li>
                    ))}
                  </ul>
                ) : null}
                <div className="flex flex-wrap items-start gap-8">
                  {/* A link, not a button: the form opens on the page itself, so it works without JavaScript. */}
                  <Link
                    href={{ pathname: managePath, query: { edit: item.id }, hash: `agenda-item-${item.id}` }}
                    className="kern-btn kern-btn--tertiary kern-btn--x-small whitespace-nowrap"
                    aria-label={`${tEdit("edit")} – ${item.title}`}
                  >
                    <span className="kern-label">{tEdit("edit")}</span>
                  </Link>
                  <InlineActionForm action={move} fields={{ itemId: item.id, direction: "up" }} label={t("moveUp")} srLabel={item.title} disabled={index === 0} />
                  <InlineActionForm action={move} fields={{ itemId: item.id, direction: "down" }} label={t("moveDown")} srLabel={item.title} disabled={index === last} />
                  <InlineActionForm action={remove} fields={{ itemId: item.id }} label={t("remove")} srLabel={item.title} />
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
      {/* One form at a time: the add form's fields would share the edit form's ids. */}
      {edited ? null : (
        <AgendaItemForm action={addAgendaItemAction.bind(null, meetup.id, meetup.slug)} days={days} defaults={nextItemDefaults(meetup)} candidates={speakerOptions} />
      )}
    </Section>
  );
}
