import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { redirect } from "@/i18n/navigation";
import { ProfileForm } from "@/components/auth/profile-form";
import { PendingHint } from "@/components/membership/pending-hint";
import { safeReturnPath } from "@/lib/auth/schema";
import { hasCompleteProfile, requireMember } from "@/lib/auth/session";
import { firstValues } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.onboarding");
  return { title: t("editTitle") };
}

export default async function OnboardingPage({ searchParams }: PageProps<"/[locale]/onboarding">) {
  const member = await requireMember("/onboarding");
  const [t, tj] = await Promise.all([getTranslations("auth.onboarding"), getTranslations("join.profile")]);
  const params = firstValues(await searchParams);
  const next = safeReturnPath.parse(params.next);
  const complete = hasCompleteProfile(member);
  // Right after sign-in (`next` is set) a member with a complete profile goes straight on.
  if (complete && params.next !== undefined) redirect({ href: next, locale: await getLocale() });
  return (
    <div className="flex max-w-672 flex-col gap-24">
      <h1 className="kern-heading-large">{complete ? t("editTitle") : t("title")}</h1>
      {complete ? null : <p className="kern-body">{t("lead")}</p>}
      <p className="kern-body kern-body--muted">{t("email", { email: member.email ?? "" })}</p>
      {/* A pending member's municipality is only what they say: the application makes it count. */}
      {complete && member.status === "pending" ? <PendingHint /> : null}
      <ClientMessages keys={["auth.onboarding", "join.profile", "municipalities.picker", "errors"]}>
        <ProfileForm
          next={next}
          fixedBody={
            member.status === "pending"
              ? undefined
              : member.organisationName
                ? { label: tj("organisation"), name: member.organisationName }
                : { label: tj("municipality"), name: member.municipalityName ?? "–" }
          }
          initial={{
            name: member.name ?? "",
            roleTitle: member.roleTitle ?? "",
            municipalityAgs: member.municipalityAgs ?? "",
            municipalityName: member.municipalityName ?? "",
          }}
        />
      </ClientMessages>
    </div>
  );
}
