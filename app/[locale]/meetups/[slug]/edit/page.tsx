import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RoleRequired } from "@/components/auth/role-required";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MeetupForm } from "@/components/meetups/meetup-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/lib/auth/session";
import { updateMeetupAction } from "@/lib/meetups/actions";
import { getMeetupBySlug } from "@/lib/meetups/queries";
import { berlinWallClock } from "@/lib/meetups/time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetups.form");
  return { title: t("editTitle") };
}

export default async function EditMeetupPage({ params }: PageProps<"/[locale]/meetups/[slug]/edit">) {
  const { slug } = await params;
  const member = await requireMember(`/meetups/${slug}/edit`);
  const meetup = /^[a-z0-9-]{1,120}$/.test(slug) ? await getMeetupBySlug(slug, member.id) : null;
  if (!meetup) notFound();
  const t = await getTranslations("meetups.form");
  if (!meetup.canManage) {
    const tr = await getTranslations("roles.manage");
    return <RoleRequired title={t("editTitle")} reason={tr("reason")} ask={tr("ask")} contacts={meetup.organisers} back={{ href: `/meetups/${meetup.slug}`, label: tr("back") }} />;
  }
  const start = berlinWallClock(meetup.startsAt);
  const end = berlinWallClock(meetup.endsAt);
  const deadline = meetup.registrationDeadline ? berlinWallClock(meetup.registrationDeadline) : null;
  const initial = {
    title: meetup.title,
    description: meetup.description,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    format: meetup.format,
    venueName: meetup.venueName ?? "",
    venueAddress: meetup.venueAddress ?? "",
    onlineUrl: meetup.onlineUrl ?? "",
    hostMunicipalityAgs: meetup.hostMunicipality?.ags ?? "",
    hostMunicipalityName: meetup.hostMunicipality?.name ?? "",
    capacity: String(meetup.capacity),
    registrationDeadlineDate: deadline?.date ?? "",
    registrationDeadlineTime: deadline?.time ?? "",
  };
  return (
    <div className="flex max-w-960 flex-col gap-24">
      <PageHeader title={t("editTitle")} lead={meetup.title} />
      <ClientMessages keys={["meetups", "municipalities.picker", "errors"]}>
        <MeetupForm action={updateMeetupAction.bind(null, meetup.id, meetup.slug)} initial={initial} draft={meetup.state === "draft"} />
      </ClientMessages>
    </div>
  );
}
