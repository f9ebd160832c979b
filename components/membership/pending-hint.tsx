import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";

/**
 * Shown to a pending member where a verified one finds a button that speaks for a municipality
 * (publish, reuse, co-author, comment): why it is missing, and how to become a verified member.
 * `reason` replaces the general why (profiles and the directory say their own).
 */
export async function PendingHint({ className, reason }: { className?: string; reason?: { title: string; body: string } }) {
  const [t, tj] = await Promise.all([getTranslations("membership.pending"), getTranslations("join.pendingHint")]);
  return (
    <Alert variant="info" title={reason?.title ?? t("title")} className={className}>
      <p className="kern-body">{reason?.body ?? t("body")}</p>
      <p className="kern-body">{t("howTo")}</p>
      <p className="kern-body">
        <Link href="/join" className="kern-link">
          {tj("link")}
        </Link>
      </p>
    </Alert>
  );
}
