import { getTranslations } from "next-intl/server";
import { MeetupDate } from "@/components/meetups/meetup-date";
import { Link } from "@/i18n/navigation";
import type { MyOverview, MyRegistration } from "@/lib/me/queries";

async function RegistrationList({ items, none }: { items: MyRegistration[]; none: string }) {
  const t = await getTranslations("me.registrations");
  if (items.length === 0) return <p className="kern-body">{none}</p>;
  return (
    <ul className="kern-list">
      {items.map((r) => (
        <li key={r.slug}>
          <Link href={`/meetups/${r.slug}`} className="kern-link">
            {r.title}
          </Link>
          , <MeetupDate startsAt={r.startsAt} endsAt={r.endsAt} /> –{" "}
          {r.meetupState === "cancelled"
            ? t("cancelledMeetup")
            : r.status === "waitlisted"
              ? t("waitlisted", { position: r.waitlistPosition ?? 0 })
              : r.attended
                ? t("attended")
                : t("registered")}
        </li>
      ))}
    </ul>
  );
}

export async function MyRegistrations({ registrations }: { registrations: MyOverview["registrations"] }) {
  const t = await getTranslations("me.registrations");
  return (
    <>
      <h3 className="kern-heading-small">{t("upcoming")}</h3>
      <RegistrationList items={registrations.upcoming} none={t("noneUpcoming")} />
      <h3 className="kern-heading-small">{t("past")}</h3>
      <RegistrationList items={registrations.past} none={t("nonePast")} />
      <Link href="/meetups" className="kern-link">
        {t("browse")}
      </Link>
    </>
  );
}

export async function MyOrganisedMeetups({ meetups, canCreate }: { meetups: MyOverview["organised"]; canCreate: boolean }) {
  const t = await getTranslations("me.organised");
  return (
    <>
      {meetups.length === 0 ? (
        <p className="kern-body">{t("none")}</p>
      ) : (
        <ul className="kern-list">
          {meetups.map((m) => (
            <li key={m.id}>
              <Link href={`/meetups/${m.slug}`} className="kern-link">
                {m.title}
              </Link>
              , <MeetupDate startsAt={m.startsAt} endsAt={m.endsAt} /> – {t(`states.${m.state}`)} ·{" "}
              <Link href={`/meetups/${m.slug}/manage`} className="kern-link" aria-label={`${t("manage")}: ${m.title}`}>
                {t("manage")}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {canCreate ? (
        <Link href="/meetups/new" className="kern-link">
          {t("new")}
        </Link>
      ) : null}
    </>
  );
}
