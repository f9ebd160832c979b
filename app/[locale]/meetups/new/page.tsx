import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RoleRequired } from "@/components/auth/role-required";
import { MeetupForm } from "@/components/meetups/meetup-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/lib/auth/session";
import { createMeetupAction } from "@/lib/meetups/actions";
import { canCreateMeetups } from "@/lib/meetups/permissions";
import { listAdmins } from "@/lib/members/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetups.form");
  return { title: t("newTitle") };
}

export default async function NewMeetupPage() {
  const member = await requireMember("/meetups/new");
  const t = await getTranslations("meetups.form");
  // The action checks the role again; this only spares members a form they cannot send, and tells
  // them whom to ask instead.
  if (!canCreateMeetups(member.role)) {
    const [tr, admins] = await Promise.all([getTranslations("roles.organiser"), listAdmins()]);
    return <RoleRequired title={t("newTitle")} reason={tr("reason")} ask={tr("ask")} contacts={admins} back={{ href: "/meetups", label: tr("back") }} />;
  }
  return (
    <div className="flex max-w-960 flex-col gap-24">
      <PageHeader title={t("newTitle")} lead={t("newLead")} />
      <ClientMessages keys={["meetups", "municipalities.picker", "errors"]}>
        <MeetupForm action={createMeetupAction} initial={{ format: "in_person", startTime: "10:00", endTime: "16:00" }} draft />
      </ClientMessages>
    </div>
  );
}
