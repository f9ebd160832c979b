import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AcceptForm } from "@/components/invitations/accept-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/navigation";
import { signOutAction } from "@/lib/auth/actions";
import { getCurrentMember } from "@/lib/auth/session";
import { getInvitationByToken } from "@/lib/invitations/queries";
import { invitationPath } from "@/lib/invitations/rules";
import { tokenInput } from "@/lib/invitations/schema";
import { formatBerlinDateTime } from "@/lib/meetups/time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invitations.accept");
  // The address in the link is a secret: no search engine, no referrer beyond this site.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

/**
 * An invitation's link. Unknown, expired, used and revoked links all get the same 404 page
 * (not-found.tsx beside this file); only the person who accepted it sees "welcome" afterwards.
 */
export default async function InvitationPage({ params }: PageProps<"/[locale]/invitations/[token]">) {
  const { token: raw } = await params;
  const parsed = tokenInput.safeParse(raw);
  if (!parsed.success) notFound();
  const token = parsed.data;
  const [invitation, viewer, t, locale] = await Promise.all([getInvitationByToken(token), getCurrentMember(), getTranslations("invitations"), getLocale()]);
  if (!invitation) notFound();
  const target = invitation.municipalityName ?? invitation.organisationName ?? invitation.meetupTitle ?? "";
  // A meetup guest's invitation names the meetup only: accepting registers them, membership stays as it is.
  const guest = !invitation.municipalityName && !invitation.organisationName && invitation.meetupSlug;
  if (invitation.state === "accepted" && viewer && invitation.acceptedById === viewer.id && guest) {
    return (
      <div className="flex max-w-768 flex-col gap-24">
        <PageHeader title={t("accept.meetupDoneTitle")} />
        <Alert variant="success" role="status" title={t("accept.meetupDoneText", { target })} />
        <p>
          <Link href={`/meetups/${guest}`} className="kern-btn kern-btn--primary no-underline">
            <span className="kern-label">{t("accept.meetupLink")}</span>
          </Link>
        </p>
      </div>
    );
  }
  if (invitation.state === "accepted" && viewer && invitation.acceptedById === viewer.id) {
    return (
      <div className="flex max-w-768 flex-col gap-24">
        <PageHeader title={t("accept.doneTitle")} />
        <Alert variant="success" role="status" title={t("accept.doneText", { target })}>
          <p className="kern-body">{t("accept.doneNext")}</p>
        </Alert>
        <p className="flex flex-wrap gap-16">
          <Link href="/solutions/new" className="kern-btn kern-btn--primary no-underline">
            <span className="kern-label">{t("accept.newSolution")}</span>
          </Link>
          <Link href="/me" className="kern-btn kern-btn--secondary no-underline">
            <span className="kern-label">{t("accept.me")}</span>
          </Link>
        </p>
      </div>
    );
  }
  if (invitation.state !== "open") notFound();
  const ownAddress = viewer?.email?.toLowerCase() === invitation.email;
  return (
    <div className="flex max-w-768 flex-col gap-24">
      <PageHeader title={t("accept.title")} />
      <div className="flex flex-col gap-8">
        <p className="kern-body">
          {guest
            ? invitation.inviterName
              ? t("accept.meetupLead", { inviter: invitation.inviterName, target })
              : t("accept.meetupLeadNoInviter", { target })
            : invitation.inviterName
              ? t("accept.lead", { inviter: invitation.inviterName, target })
              : t("accept.leadNoInviter", { target })}
        </p>
        {invitation.role !== "member" ? <p className="kern-body">{t("accept.role", { role: t(`roles.${invitation.role}`) })}</p> : null}
        <p className="kern-body break-all">{t("accept.email", { email: invitation.email })}</p>
        <p className="kern-body kern-body--muted">{t("accept.expires", { until: formatBerlinDateTime(invitation.expiresAt, locale, { dateStyle: "long", timeStyle: "short" }) })}</p>
      </div>
      {!viewer ? (
        <Section titleId="invitation-sign-in" title={t("accept.signInTitle")}>
          <p className="kern-body">{t("accept.signInLead")}</p>
          <ClientMessages keys={["auth.signIn", "errors"]}>
            <SignInForm callbackUrl={invitationPath(token)} initialEmail={invitation.email} />
          </ClientMessages>
        </Section>
      ) : ownAddress ? (
        <ClientMessages keys={["invitations.accept", "invitations.errors", "errors"]}>
          <AcceptForm token={token} />
        </ClientMessages>
      ) : (
        <Alert variant="warning" title={t("accept.wrongAccountTitle")} bodyClassName="flex flex-col gap-12">
          <p className="kern-body">{t("accept.wrongAccount")}</p>
          <form action={signOutAction}>
            <button type="submit" className="kern-btn kern-btn--secondary">
              <span className="kern-label">{t("accept.signOut")}</span>
            </button>
          </form>
        </Alert>
      )}
    </div>
  );
}
