import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";

type Contact = { name: string | null; municipalityName: string | null };

/**
 * Shown instead of a page the member may not use: which role it takes, who can help, and the way
 * back. Only for pages whose existence is no secret (a form, a published meetup); someone else's
 * draft stays "not found".
 */
export async function RoleRequired({
  title,
  reason,
  ask,
  contacts,
  back,
}: {
  title: string;
  reason: string;
  ask: string;
  contacts: Contact[];
  back: { href: string; label: string };
}) {
  const t = await getTranslations("roles");
  const named = contacts.filter((c) => c.name);
  return (
    <div className="flex max-w-768 flex-col gap-24">
      <PageHeader title={title} />
      <Alert variant="info" title={t("notAllowedTitle")} bodyClassName="flex flex-col gap-12">
        <p className="kern-body">{reason}</p>
        <p className="kern-body">{ask}</p>
        {named.length > 0 ? (
          <>
            <p className="kern-body">{t("contacts")}</p>
            <ul className="kern-list">
              {named.map((c, i) => (
                <li key={i}>{c.municipalityName ? `${c.name} (${c.municipalityName})` : c.name}</li>
              ))}
            </ul>
          </>
        ) : null}
      </Alert>
      <p className="kern-body">
        <Link href={back.href} className="kern-link">
          {back.label}
        </Link>
      </p>
    </div>
  );
}
