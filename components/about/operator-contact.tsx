import { getTranslations } from "next-intl/server";
import type { OperatorDetails } from "@/lib/config/operator";

/** The operator's name, address and contact as configured; a missing setting says so. */
export async function OperatorContact({ operator, email }: { operator: OperatorDetails; email: string | null }) {
  const t = await getTranslations("legal");
  const missing = <span className="kern-body kern-body--muted">{t("notConfigured")}</span>;
  return (
    <address className="kern-body not-italic">
      {operator.name ?? missing}
      {operator.address.map((line) => (
        <span key={line} className="block">
          {line}
        </span>
      ))}
      {operator.representative ? <span className="block">{t("representedBy", { name: operator.representative })}</span> : null}
      <span className="block">
        {t("email")}: {email ? <a className="kern-link" href={`mailto:${email}`}>{email}</a> : missing}
      </span>
      {operator.phone ? (
        <span className="block">
          {t("phone")}: {operator.phone}
        </span>
      ) : null}
    </address>
  );
}

/** A configured body ("Name | https://…") as a link when it has one; otherwise the fallback text. */
export function NamedBody({ body, fallback }: { body: { name: string; url: string | null } | null; fallback: string }) {
  if (!body) return <>{fallback}</>;
  return body.url ? (
    <a className="kern-link" href={body.url}>
      {body.name}
    </a>
  ) : (
    <>{body.name}</>
  );
}
