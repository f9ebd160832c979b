import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listMeetupsPresentingSolution } from "@/lib/meetups/queries";
import { Section } from "@/components/ui/section";

/** Network meetings whose agenda presented this solution. */
export async function SolutionMeetups({ solutionId }: { solutionId: string }) {
  const meetups = await listMeetupsPresentingSolution(solutionId);
  if (meetups.length === 0) return null;
  const t = await getTranslations("solutions.detail");
  const format = await getFormatter();
  return (
    <Section titleId="solution-meetups-title" title={t("meetups")} className="flex flex-col gap-12">
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
    </Section>
  );
}
