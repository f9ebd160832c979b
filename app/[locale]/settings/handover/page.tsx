import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { HandoverForm } from "@/components/handover/handover-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireMember } from "@/lib/auth/session";
import { handOverAction } from "@/lib/handover/actions";
import { getLeaver, handoverSummary, listSuccessors } from "@/lib/handover/queries";
import { HANDOVER_PATH } from "@/lib/handover/rules";
import { memberId } from "@/lib/validation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("handover");
  return { title: t("title"), robots: { index: false } };
}

/**
 * A member who leaves their municipality hands their solutions, co-authorships, meetups and contact
 * roles to a colleague; an admin does it for a member with `?from=<id>` (from /admin/members).
 */
export default async function HandoverPage({ searchParams }: PageProps<"/[locale]/settings/handover">) {
  const { from } = await searchParams;
  const viewer = await requireMember(typeof from === "string" ? `${HANDOVER_PATH}?from=${encodeURIComponent(from)}` : HANDOVER_PATH);
  const forOther = from !== undefined && from !== viewer.id;
  // Someone else's contributions are an admin's business; to everyone else the page does not exist.
  if (forOther && (viewer.role !== "admin" || !memberId().safeParse(from).success)) notFound();
  const leaverId = forOther ? (from as string) : viewer.id;
  const leaver = await getLeaver(leaverId);
  if (!leaver) notFound();
  const t = await getTranslations("handover");
  const title = forOther ? t("titleFor", { name: leaver.name ?? "–" }) : t("title");
  if (!forOther && viewer.status !== "verified") {
    return (
      <div className="flex max-w-768 flex-col gap-32">
        <PageHeader title={title} lead={t("lead")} />
        <Alert variant="info" title={t("notVerifiedTitle")}>
          <p className="kern-body">{t("notVerified")}</p>
        </Alert>
      </div>
    );
  }
  const [summary, successors] = await Promise.all([handoverSummary(leaverId), listSuccessors(leaverId)]);
  return (
    <div className="flex max-w-768 flex-col gap-32">
      <PageHeader title={title} lead={forOther ? t("leadFor") : t("lead")} />
      <Section titleId="handover-summary" title={t("summary.title")}>
        <ul className="kern-list kern-list--bullet">
          <li>{t("form.counts.solutions", { count: summary.solutions })}</li>
          <li>{t("form.counts.coauthorships", { count: summary.coauthorships })}</li>
          <li>{t("form.counts.meetups", { count: summary.meetups })}</li>
          <li>{t("form.counts.contacts", { count: summary.contacts })}</li>
        </ul>
        <p className="kern-body">{t("summary.note")}</p>
      </Section>
      <Section titleId="handover-successor" title={t("successor.title")}>
        {successors.length === 0 ? (
          <Alert variant="info" title={t("successor.noneTitle")}>
            <p className="kern-body">{t("successor.none")}</p>
          </Alert>
        ) : (
          <ClientMessages keys={["handover", "errors"]}>
            <HandoverForm action={handOverAction} fromId={forOther ? leaverId : undefined} successors={successors} />
          </ClientMessages>
        )}
      </Section>
    </div>
  );
}
