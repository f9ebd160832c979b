import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProfileDetailsForm } from "@/components/members/profile-details-form";
import { PageHeader } from "@/components/ui/page-header";
import { SavedFlash } from "@/components/ui/saved-flash";
import { Link } from "@/i18n/navigation";
import { requireMember } from "@/lib/auth/session";
import { getProfileDetails } from "@/lib/members/queries";
import { PROFILE_SETTINGS_PATH } from "@/lib/members/rules";
import { listThemenfelder } from "@/lib/services/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members.settings");
  return { title: t("title"), robots: { index: false } };
}

/** Bio, contact and expertise: what other verified members see on the profile and find in the directory. */
export default async function ProfileSettingsPage({ searchParams }: PageProps<"/[locale]/settings/profile">) {
  const member = await requireMember(PROFILE_SETTINGS_PATH);
  const [details, themenfelder, t] = await Promise.all([getProfileDetails(member.id), listThemenfelder(), getTranslations("members.settings")]);
  return (
    <div className="flex max-w-768 flex-col gap-24">
      <SavedFlash searchParams={await searchParams} />
      <PageHeader title={t("title")} lead={t("lead")} />
      <ul className="kern-list">
        <li>
          <Link href={`/members/${member.id}`} className="kern-link">
            {t("ownProfile")}
          </Link>
        </li>
        <li>
          <Link href="/onboarding" className="kern-link">
            {t("nameAndMunicipality")}
          </Link>
        </li>
      </ul>
      <ClientMessages keys={["members.settings", "solutions.form", "municipalities.picker", "errors"]}>
        <ProfileDetailsForm
          email={member.email ?? ""}
          themenfelder={themenfelder}
          initial={{
            bio: details?.bio ?? "",
            phone: details?.phone ?? "",
            showEmail: details?.showEmail ?? false,
            showPhone: details?.showPhone ?? false,
            software: details?.software ?? [],
            themenfelder: details?.themenfelder ?? [],
            services: details?.services ?? [],
          }}
        />
      </ClientMessages>
    </div>
  );
}
