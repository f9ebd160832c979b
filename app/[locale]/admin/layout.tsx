import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { adminPagesFor } from "@/lib/admin/rules";
import { getCurrentMember } from "@/lib/auth/session";

/** Every administration page starts with the area's navigation, for those who use more than one page. */
export default async function AdminLayout({ children }: LayoutProps<"/[locale]/admin">) {
  const [member, t] = await Promise.all([getCurrentMember(), getTranslations("adminArea")]);
  const pages = member ? adminPagesFor(member.role) : [];
  return (
    <div className="flex flex-col gap-24">
      {pages.length > 1 ? <AdminNav label={t("nav")} pages={[{ href: "/admin", label: t("overview") }, ...pages.map((p) => ({ href: p.href, label: t(`pages.${p.key}.title`) }))]} /> : null}
      {children}
    </div>
  );
}
