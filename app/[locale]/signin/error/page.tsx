import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { firstValues } from "@/lib/search-params";

export default async function SignInErrorPage({ searchParams }: PageProps<"/[locale]/signin/error">) {
  const t = await getTranslations("auth.error");
  const { error } = firstValues(await searchParams);
  return (
    <div className="flex max-w-576 flex-col gap-24">
      <h1 className="kern-heading-large">{t("title")}</h1>
      <div className="kern-alert kern-alert--danger" role="alert">
        <div className="kern-alert__body">
          <p className="kern-body">{error === "Verification" ? t("Verification") : t("default")}</p>
        </div>
      </div>
      <Link href="/signin" className="kern-link">
        {t("retry")}
      </Link>
    </div>
  );
}
