import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SolutionForm } from "@/components/solutions/solution-form";
import { PendingHint } from "@/components/membership/pending-hint";
import { PageHeader } from "@/components/ui/page-header";
import { redirect } from "@/i18n/navigation";
import { hasCompleteProfile, requireMember } from "@/lib/auth/session";
import { createSolutionAction } from "@/lib/solutions/actions";
import { isModerator } from "@/lib/solutions/permissions";
import { getLocale } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("solutions.form");
  return { title: t("newTitle") };
}

export default async function NewSolutionPage() {
  const member = await requireMember("/solutions/new");
  if (!hasCompleteProfile(member)) {
    redirect({ href: { pathname: "/onboarding", query: { next: "/solutions/new" } }, locale: await getLocale() });
  }
  const t = await getTranslations("solutions.form");
  return (
    <div className="flex max-w-960 flex-col gap-24">
      <PageHeader title={t("newTitle")} lead={t("newLead")} />
      {member.status !== "verified" ? (
        <PendingHint />
      ) : (
      <ClientMessages keys={["solutions", "municipalities.picker", "errors", "visibility.form"]}>
        <SolutionForm
          action={createSolutionAction}
          initial={{}}
          initialServices={[]}
          municipality={{ ags: member.municipalityAgs ?? "", name: member.municipalityName ?? "", choosable: isModerator(member.role) }}
        />
      </ClientMessages>
      )}
    </div>
  );
}
