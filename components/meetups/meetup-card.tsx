import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { MeetupListItem } from "@/lib/meetups/queries";
import { MeetupDate } from "./meetup-date";

export async function MeetupCard({ meetup }: { meetup: MeetupListItem }) {
  const t = await getTranslations("meetups");
  return (
    <article className="kern-card w-full min-w-0" aria-labelledby={`meetup-${meetup.slug}`}>
      <div className="kern-card__container">
        <header className="kern-card__header flex flex-col gap-8">
          <h3 id={`meetup-${meetup.slug}`} className="kern-heading-small">
            <Link href={`/meetups/${meetup.slug}`} className="kern-link">
              {meetup.title}
            </Link>
          </h3>
          <p className="kern-body kern-body--small">
            <MeetupDate startsAt={meetup.startsAt} endsAt={meetup.endsAt} />
          </p>
        </header>
        <div className="kern-card__body flex flex-col gap-8">
          <p className="kern-body">
            {t(`formats.${meetup.format}`)}
            {meetup.venueName ? ` · ${meetup.venueName}` : ""}
            {meetup.hostMunicipality ? ` · ${meetup.hostMunicipality.name}` : ""}
          </p>
        </div>
        <footer className="kern-card__footer flex flex-wrap gap-8">
          {meetup.state === "cancelled" ? (
            <span className="kern-badge kern-badge--danger">
              <span className="kern-label kern-label--small">{t("cancelled")}</span>
            </span>
          ) : meetup.state === "draft" ? (
            <span className="kern-badge kern-badge--warning">
              <span className="kern-label kern-label--small">{t("draft")}</span>
            </span>
          ) : meetup.endsAt <= new Date() ? (
            // Seats no longer matter once it is over.
            <span className="kern-badge kern-badge--info">
              <span className="kern-label kern-label--small">{t("held")}</span>
            </span>
          ) : (
            <span className={`kern-badge ${meetup.seatsLeft > 0 ? "kern-badge--success" : "kern-badge--warning"}`}>
              <span className="kern-label kern-label--small">{t("seatsLeft", { count: meetup.seatsLeft })}</span>
            </span>
          )}
        </footer>
      </div>
    </article>
  );
}
