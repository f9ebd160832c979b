import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import { publishMeetupAction } from "@/lib/meetups/organiser-actions";
import type { MeetupDetail } from "@/lib/meetups/queries";
import { formatBerlinDateTime } from "@/lib/meetups/time";
import { InlineActionForm } from "@/components/ui/inline-action-form";

/** Title, where to go from here, and the meetup's state: a draft can be published from here. */
export async function ManageHeader({ meetup }: { meetup: MeetupDetail }) {
  const t = await getTranslations("meetups.manage");
  const locale = await getLocale();
  return (
    <header className="flex flex-col gap-12">
      <Link href={`/meetups/${meetup.slug}`} className="kern-link kern-link--small">
        {t("backToMeetup")}
      </Link>
      <h1 className="kern-heading-large">{t("title")}</h1>
      <p className="kern-body kern-body--large">{meetup.title}</p>
      <p className="kern-body">
        {formatBerlinDateTime(meetup.startsAt, locale)} · {t("seats", { registered: meetup.registeredCount, capacity: meetup.capacity, waitlist: meetup.waitlistCount })}
      </p>
      <nav aria-label={t("linksLabel")} className="flex flex-wrap gap-16">
        <Link href={`/meetups/${meetup.slug}`} className="kern-link">
          {t("viewPage")}
        </Link>
        {meetup.state === "cancelled" ? null : (
          <Link href={`/meetups/${meetup.slug}/edit`} className="kern-link">
            {t("edit")}
          </Link>
        )}
      </nav>
      {meetup.state === "draft" ? (
        <Alert variant="info" title={t("publish.title")} bodyClassName="flex flex-col gap-12">
          <p className="kern-body">{t("publish.text")}</p>
          <InlineActionForm action={publishMeetupAction.bind(null, meetup.id, meetup.slug)} fields={{}} label={t("publish.submit")} variant="primary" size="default" />
        </Alert>
      ) : null}
      {meetup.state === "cancelled" ? (
        <Alert variant="danger" title={t("cancelled.title")}>
          <p className="kern-body prewrap">{t("cancelled.reason", { reason: meetup.cancelReason ?? "" })}</p>
        </Alert>
      ) : null}
    </header>
  );
}
