import { getFormatter, getTranslations } from "next-intl/server";
import { FactList, type Fact } from "@/components/ui/fact-list";
import { Link } from "@/i18n/navigation";
import type { MeetupDetail } from "@/lib/meetups/queries";
import { MeetupDate } from "./meetup-date";

export async function MeetupFacts({ meetup: m }: { meetup: MeetupDetail }) {
  const t = await getTranslations("meetups");
  const format = await getFormatter();
  const facts: Fact[] = [
    [t("detail.when"), <MeetupDate key="w" startsAt={m.startsAt} endsAt={m.endsAt} />],
    [t("format"), t(`formats.${m.format}`)],
  ];
  if (m.venueName || m.venueAddress) facts.push([t("detail.where"), [m.venueName, m.venueAddress].filter(Boolean).join(", ")]);
  if (m.format !== "in_person") {
    // Only members holding a seat (and organisers) get the link from the query at all.
    facts.push([
      t("detail.online"),
      m.onlineUrl ? (
        <a key="o" href={m.onlineUrl} className="kern-link" rel="noopener noreferrer">
          {m.onlineUrl}
        </a>
      ) : (
        t("detail.onlineHidden")
      ),
    ]);
  }
  if (m.hostMunicipality) {
    facts.push([
      t("detail.host"),
      <Link key="h" href={`/municipalities/${m.hostMunicipality.ags}`} className="kern-link">
        {m.hostMunicipality.name}
      </Link>,
    ]);
  }
  facts.push([
    t("detail.capacity"),
    m.endsAt <= new Date()
      ? t("detail.capacityPast", { registered: m.registeredCount, capacity: m.capacity })
      : `${t("seatsLeft", { count: m.seatsLeft })} (${t("detail.capacityValue", { registered: m.registeredCount, capacity: m.capacity, waitlist: m.waitlistCount })})`,
  ]);
  if (m.registrationDeadline) {
    facts.push([t("detail.deadline"), format.dateTime(m.registrationDeadline, { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Berlin" })]);
  }
  facts.push([t("detail.organisers"), m.organisers.map((o) => o.name).filter(Boolean).join(", ")]);
  return (
    <FactList facts={facts} />
  );
}
