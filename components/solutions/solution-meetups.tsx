import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listMeetupsPresentingSolution } from "@/lib/meetups/queries";

/** Network meetings whose agenda presented this solution. */
export async function SolutionMeetups({ solutionId }: { solutionId: string }) {
  const meetups = await listMeetupsPresentingSolution(solutionId);
  if (meetups.length === 0) return null;
  const t = await getTranslations("solutions.detail");
  const format = await getFormatter();
  return (
    <section aria-labelledby="solution-meetups-title" className="flex flex-col gap-12">
      <h2 id="solution-meetups-title" className="kern-heading-medium">
        {t("meetups")}
      </h2>
      <ul className="kern-list">
        {meetups.map((m) => (
          <li key={m.id}>
            <Link href={`/meetups/${m.slug}`} className="kern-link">
              {m.title}
            </Link>{" "}
            ({format.dateTime(m.startsAt, { dateStyle: "medium", timeZone: "Europe/Berlin" })})
          </li>
        ))}
      </ul>
    </section>
  );
}
