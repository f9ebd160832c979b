import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RoleRequired } from "@/components/auth/role-required";
import { Alert } from "@/components/ui/alert";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { SavedFlash } from "@/components/ui/saved-flash";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AgendaEditor } from "@/components/meetups/organiser/agenda-editor";
import { CancelForm } from "@/components/meetups/organiser/cancel-form";
import { CoOrganisers } from "@/components/meetups/organiser/co-organisers";
import { GuestInviteForm } from "@/components/invitations/guest-invite-form";
import { inviteGuestsAction } from "@/lib/invitations/actions";
import { ManageHeader } from "@/components/meetups/organiser/manage-header";
import { MaterialsEditor } from "@/components/meetups/organiser/materials-editor";
import { ParticipantList } from "@/components/meetups/organiser/participant-list";
import { requireMember } from "@/lib/auth/session";
import { deleteDraftMeetupAction } from "@/lib/meetups/draft-actions";
import { cancelMeetupAction, markAttendanceAction } from "@/lib/meetups/organiser-actions";
import { isMeetupSlug, listSpeakerCandidates } from "@/lib/meetups/organiser-queries";
import { getParticipantsForOrganiser } from "@/lib/meetups/participant-queries";
import { getMeetupBySlug } from "@/lib/meetups/queries";
import { hasStarted } from "@/lib/meetups/time";
import { firstValues } from "@/lib/search-params";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetups.manage");
  return { title: t("title"), robots: { index: false } };
}

export default async function ManageMeetupPage({ params, searchParams }: PageProps<"/[locale]/meetups/[slug]/manage">) {
  const { slug } = await params;
  const member = await requireMember(`/meetups/${slug}/manage`);
  const meetup = isMeetupSlug(slug) ? await getMeetupBySlug(slug, member.id) : null;
  // A draft of someone else's is not found (getMeetupBySlug hides it); a meetup everyone can see
  // says who manages it.
  if (!meetup) notFound();
  if (!meetup.canManage) {
    const tr = await getTranslations("roles.manage");
    const tm = await getTranslations("meetups.manage");
    return <RoleRequired title={tm("title")} reason={tr("reason")} ask={tr("ask")} contacts={meetup.organisers} back={{ href: `/meetups/${meetup.slug}`, label: tr("back") }} />;
  }
  const [participants, candidates, t, ti] = await Promise.all([
    getParticipantsForOrganiser(meetup.id, member.id),
    listSpeakerCandidates(),
    getTranslations("meetups.manage"),
    getTranslations("invitations"),
  ]);
  if (!participants) notFound();
  const started = hasStarted(meetup.startsAt);
  const query = await searchParams;
  return (
    <ClientMessages keys={["meetups.manage", "ui.agendaEdit", "errors"]}>
      <div className="flex max-w-960 flex-col gap-40">
        <SavedFlash searchParams={query} />
        <ManageHeader meetup={meetup} />
        <ParticipantList
          rows={participants}
          capacity={meetup.capacity}
          attendanceAction={started ? markAttendanceAction.bind(null, meetup.id, meetup.slug) : undefined}
          csvHref={`/meetups/${meetup.slug}/participants.csv`}
        />
        <AgendaEditor meetup={meetup} candidates={candidates} editing={firstValues(query).edit} />
        <MaterialsEditor meetup={meetup} />
        <CoOrganisers meetup={meetup} viewerId={member.id} />
        {meetup.state === "published" && !started ? (
          <Section titleId="guests-title" title={ti("guests.title")}>
            <p className="kern-body">{ti("guests.lead")}</p>
            <ClientMessages keys={["invitations.form", "invitations.guests", "invitations.errors", "errors"]}>
              <GuestInviteForm action={inviteGuestsAction.bind(null, meetup.id, meetup.slug)} />
            </ClientMessages>
          </Section>
        ) : null}
        {meetup.state === "cancelled" ? null : (
          <Section titleId="cancel-title" title={t("cancel.title")}>
            <CancelForm
              action={cancelMeetupAction.bind(null, meetup.id, meetup.slug)}
              published={meetup.state === "published"}
              affected={meetup.registeredCount + meetup.waitlistCount}
            />
          </Section>
        )}
        {meetup.state === "draft" ? (
          <Section titleId="delete-draft-title" title={t("deleteDraft.title")}>
            <Alert variant="warning">
              <p className="kern-body">{t("deleteDraft.text")}</p>
            </Alert>
            <InlineActionForm
              action={deleteDraftMeetupAction.bind(null, meetup.id, meetup.slug)}
              label={t("deleteDraft.submit")}
              variant="secondary"
              size="default"
              confirm={{ question: t("deleteDraft.question"), confirmLabel: t("deleteDraft.confirm"), cancelLabel: t("deleteDraft.keep") }}
            />
          </Section>
        ) : null}
      </div>
    </ClientMessages>
  );
}
