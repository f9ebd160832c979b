import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { isUnsubscribeSubject, SETTINGS_PATH, type UnsubscribeSubject } from "@/lib/notifications/settings-rules";
import { verifyToken } from "@/lib/notifications/tokens";
import { firstValues } from "@/lib/search-params";
import { SubmitButton } from "@/components/ui/submit-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notificationSettings.unsubscribe");
  return { title: t("title"), robots: { index: false } };
}

/**
 * Where the unsubscribe link of a mail leads: works without signing in, and only the button (a
 * POST to /api/unsubscribe) changes anything — opening the page, as mail scanners do, does not.
 */
export default async function UnsubscribePage({ searchParams }: PageProps<"/[locale]/unsubscribe">) {
  const params = firstValues(await searchParams);
  const [t, locale] = await Promise.all([getTranslations("notificationSettings"), getLocale()]);
  const label = (subject: UnsubscribeSubject) =>
    subject === "all" || subject === "daily" || subject === "weekly"
      ? t(`unsubscribe.subjects.${subject}`)
      : t("unsubscribe.subjects.kind", { kind: t(`kinds.${subject}.label`) });
  const settingsLink = (
    <Link href={SETTINGS_PATH} className="kern-link">
      {t("unsubscribe.settingsLink")}
    </Link>
  );

  if (params.done && isUnsubscribeSubject(params.done)) {
    return (
      <div className="flex max-w-672 flex-col gap-24">
        <PageHeader title={t("unsubscribe.title")} />
        <Alert variant="success" role="status" title={t("unsubscribe.done", { what: label(params.done) })}>
          <p className="kern-body">{t("unsubscribe.doneHint")}</p>
        </Alert>
        <p className="kern-body">{settingsLink}</p>
      </div>
    );
  }

  const token = params.token ?? "";
  const claims = verifyToken(token, "unsubscribe");
  if (!claims || !isUnsubscribeSubject(claims.subject)) {
    return (
      <div className="flex max-w-672 flex-col gap-24">
        <PageHeader title={t("unsubscribe.title")} />
        <Alert variant="danger" title={t("unsubscribe.invalid")}>
          <p className="kern-body">{t("unsubscribe.invalidHint")}</p>
        </Alert>
        <p className="kern-body">{settingsLink}</p>
      </div>
    );
  }

  return (
    <div className="flex max-w-672 flex-col gap-24">
      <PageHeader title={t("unsubscribe.title")} lead={t("unsubscribe.lead", { what: label(claims.subject) })} />
      <form method="post" action={`/api/unsubscribe?token=${encodeURIComponent(token)}`}>
        <input type="hidden" name="from" value="page" />
        <input type="hidden" name="locale" value={locale} />
        <SubmitButton label={t("unsubscribe.submit")} />
      </form>
      <p className="kern-body">
        {t("unsubscribe.orSettings")} {settingsLink}
      </p>
    </div>
  );
}
