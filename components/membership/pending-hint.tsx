import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";

/**
 * Shown to a pending member where a verified one finds a button that speaks for a municipality
 * (publish, reuse, co-author, comment): why it is missing, and how to become a verified member.
 */
export async function PendingHint({ className }: { className?: string }) {
  const t = await getTranslations("membership.pending");
  return (
    <Alert variant="info" title={t("title")} className={className}>
      <p className="kern-body">{t("body")}</p>
      {/* The application form (/join) is not built yet: no link to a page that does not exist. */}
      <p className="kern-body">{t("howTo")}</p>
    </Alert>
  );
}
