import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NotificationSettingsForm } from "@/components/settings/notification-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { SavedFlash } from "@/components/ui/saved-flash";
import { db } from "@/db/client";
import { mailDeliveries } from "@/db/schema/discussion-enums";
import { Link } from "@/i18n/navigation";
import { requireMember } from "@/lib/auth/session";
import { getDeliverySettings } from "@/lib/notifications/settings-queries";
import { SETTINGS_PATH } from "@/lib/notifications/settings-rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notificationSettings");
  return { title: t("title"), robots: { index: false } };
}

export default async function NotificationSettingsPage({ searchParams }: PageProps<"/[locale]/settings/notifications">) {
  const member = await requireMember(SETTINGS_PATH);
  const [settings, t] = await Promise.all([getDeliverySettings(db, member.id), getTranslations("notificationSettings")]);
  return (
    <div className="flex max-w-768 flex-col gap-24">
      <SavedFlash searchParams={await searchParams} />
      <PageHeader title={t("title")} lead={t("lead", { email: member.email ?? "" })} />
      <div className="flex flex-col gap-8">
        <h2 className="kern-heading-small">{t("deliveriesTitle")}</h2>
        <ul className="kern-list kern-list--bullet">
          {mailDeliveries.map((delivery) => (
            <li key={delivery}>
              <strong>{t(`deliveries.${delivery}`)}</strong>: {t(`explain.${delivery}`)}
            </li>
          ))}
        </ul>
        <p className="kern-body kern-body--muted">
          {t("inApp")}{" "}
          <Link href="/notifications" className="kern-link">
            {t("notificationsLink")}
          </Link>
        </p>
      </div>
      <ClientMessages keys={["notificationSettings", "errors"]}>
        <NotificationSettingsForm initial={settings} />
      </ClientMessages>
    </div>
  );
}
