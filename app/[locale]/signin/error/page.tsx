import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import { firstValues } from "@/lib/search-params";

export default async function SignInErrorPage({ searchParams }: PageProps<"/[locale]/signin/error">) {
  const t = await getTranslations("auth.error");
  const tm = await getTranslations("moderation.signIn");
  const { error } = firstValues(await searchParams);
  return (
    <div className="flex max-w-576 flex-col gap-24">
      <h1 className="kern-heading-large">{t("title")}</h1>
      <Alert variant="danger" role="alert">
        <p className="kern-body">{error === "Verification" ? t("Verification") : error === "Suspended" ? tm("suspended") : t("default")}</p>
      </Alert>
      <Link href="/signin" className="kern-link">
        {t("retry")}
      </Link>
    </div>
  );
}
