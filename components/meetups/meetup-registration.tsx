import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import type { CurrentMember } from "@/lib/auth/session";
import { cancelRegistrationAction, registerAction } from "@/lib/meetups/actions";
import type { MeetupDetail } from "@/lib/meetups/queries";
import { RegisterForm } from "./register-form";
import { Section } from "@/components/ui/section";

export async function MeetupRegistration({ meetup: m, viewer }: { meetup: MeetupDetail; viewer: CurrentMember | null }) {
  const t = await getTranslations("meetups.register");
  const current = m.viewerRegistration && m.viewerRegistration.status !== "cancelled" ? m.viewerRegistration : null;
  return (
    <Section titleId="registration-title" title={t("title")} className="flex flex-col gap-12 rounded-kern-default border border-kern-layout-border p-16">
      {!m.registrationOpen && !current ? (
        <p className="kern-body">{t("closed")}</p>
      ) : !viewer ? (
        <Link href={{ pathname: "/signin", query: { callbackUrl: `/meetups/${m.slug}` } }} className="kern-link">
          {t("signIn")}
        </Link>
      ) : (
        <ClientMessages keys={["meetups.register", "errors"]}>
          <RegisterForm
            register={registerAction.bind(null, m.id, m.slug)}
            cancel={cancelRegistrationAction.bind(null, m.id, m.slug)}
            current={current ? { status: current.status as "registered" | "waitlisted", waitlistPosition: current.waitlistPosition, note: current.note, listPublicly: current.listPublicly } : null}
            full={m.seatsLeft <= 0}
          />
        </ClientMessages>
      )}
    </Section>
  );
}
