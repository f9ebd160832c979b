import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";

/**
 * Shown to a pending member where a verified one finds a button that speaks for a municipality
 * (publish, reuse, co-author, comment): why it is missing, and the way to the application.
 */
export async function PendingHint({ className }: { className?: string }) {
  const t = await getTranslations("membership.pending");
  return (
    <Alert variant="info" title={t("title")} className={className}>
      <p className="kern-body">
        {t("body")}{" "}
        <Link href="/join" className="kern-link">
          {t("apply")}
        </Link>
      </p>
    </Alert>
  );
}
