"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Link, usePathname } from "@/i18n/navigation";

/** Asks for the missing profile on every page except the profile form itself, where it would only repeat it. */
export function ProfileReminder() {
  const t = useTranslations("layout");
  const pathname = usePathname();
  if (pathname.startsWith("/onboarding")) return null;
  return (
    <Alert
      variant="info"
      role="status"
      className="mx-auto max-w-1200"
      title={
        <Link href="/onboarding" className="kern-link">
          {t("completeProfile")}
        </Link>
      }
    />
  );
}
