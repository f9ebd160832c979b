import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoleRequired } from "@/components/auth/role-required";
import { LinkCard } from "@/components/ui/link-card";
import { PageHeader } from "@/components/ui/page-header";
import { adminPagesFor } from "@/lib/admin/rules";
import { requireMember } from "@/lib/auth/session";
import { listAdmins } from "@/lib/members/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminArea");
  return { title: t("title") };
}

/** The administration area: the pages this member's role uses, one card each. */
export default async function AdminPage() {
  const member = await requireMember("/admin");
  const t = await getTranslations("adminArea");
  const pages = adminPagesFor(member.role);
  if (pages.length === 0) {
    const admins = await listAdmins();
    return <RoleRequired title={t("title")} reason={t("reason")} ask={t("ask")} contacts={admins} back={{ href: "/me", label: t("back") }} />;
  }
  return (
    <div className="flex flex-col gap-24">
      <PageHeader title={t("title")} lead={t("lead")} />
      <ul className="grid gap-24 md:grid-cols-2 lg:grid-cols-3">
        {pages.map((page) => (
          <li key={page.key} className="min-w-0">
            <LinkCard title={t(`pages.${page.key}.title`)} text={t(`pages.${page.key}.text`)} href={page.href} linkText={t(`pages.${page.key}.open`)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
