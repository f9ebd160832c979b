import { getFormatter, getTranslations } from "next-intl/server";
import { FactList } from "@/components/ui/fact-list";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import type { ApplicationStatus } from "@/db/schema/membership-enums";
import { withdrawApplicationAction } from "@/lib/membership/application-actions";

export type OwnApplication = {
  id: string;
  status: ApplicationStatus;
  municipalityName: string | null;
  organisationName: string | null;
  newOrganisationName: string | null;
  roleTitle: string;
  decisionReason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
};

/** The applicant's own application: what they asked for, where it stands, and (while open) withdrawing it. */
export async function ApplicationStatusCard({ application: a }: { application: OwnApplication }) {
  const [t, format] = await Promise.all([getTranslations("join.status"), getFormatter()]);
  const body = a.municipalityName ?? a.organisationName ?? a.newOrganisationName ?? "–";
  const facts: [string, string][] = [
    [t("body"), body],
    [t("roleTitle"), a.roleTitle],
    [t("submittedAt"), format.dateTime(a.createdAt, { dateStyle: "long", timeZone: "Europe/Berlin" })],
    [t("state"), t(`states.${a.status}`)],
  ];
  if (a.decisionReason && a.status !== "withdrawn") facts.push([t("decisionReason"), a.decisionReason]);
  return (
    <div className="flex flex-col gap-16">
      <FactList facts={facts} />
      {a.status === "open" ? (
        <InlineActionForm
          action={withdrawApplicationAction}
          fields={{ applicationId: a.id }}
          label={t("withdraw")}
          variant="secondary"
          size="default"
          confirm={{ question: t("withdrawQuestion"), confirmLabel: t("withdrawConfirm"), cancelLabel: t("withdrawCancel") }}
        />
      ) : null}
    </div>
  );
}
