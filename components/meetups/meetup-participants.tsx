import { getTranslations } from "next-intl/server";
import type { MeetupDetail } from "@/lib/meetups/queries";
import { Section } from "@/components/ui/section";

/** Members see who comes from which municipality, but only those who agreed; the rest are counted. */
export async function MeetupParticipants({ participants }: { participants: MeetupDetail["participants"] }) {
  const t = await getTranslations("meetups.detail");
  return (
    <Section titleId="participants-title" title={t("participants")} className="flex flex-col gap-8">
      {!participants ? (
        <p className="kern-body">{t("participantsHidden")}</p>
      ) : (
        <>
          {participants.listed.length === 0 ? <p className="kern-body">{t("participantsNone")}</p> : null}
          <ul className="kern-list">
            {participants.listed.map((p, i) => (
              <li key={`${p.name}-${i}`}>
                {p.name}
                {p.municipality ? ` (${p.municipality.name})` : ""}
              </li>
            ))}
          </ul>
          {participants.unlistedCount > 0 ? <p className="kern-body">{t("participantsUnlisted", { count: participants.unlistedCount })}</p> : null}
        </>
      )}
    </Section>
  );
}
