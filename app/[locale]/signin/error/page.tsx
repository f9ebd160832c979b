import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import { oidcConfig } from "@/lib/auth/oidc-config";
import { firstValues } from "@/lib/search-params";

export default async function SignInErrorPage({ searchParams }: PageProps<"/[locale]/signin/error">) {
  const t = await getTranslations("auth.error");
  const tm = await getTranslations("moderation.signIn");
  const tOidc = await getTranslations("oidc.error");
  const { error } = firstValues(await searchParams);
  // A single sign-on refusal (lib/auth/config.ts) names the identity provider.
  const sso = oidcConfig();
  const message =
    error === "Verification"
      ? t("Verification")
      : error === "Suspended"
        ? tm("suspended")
        : sso && error === "OidcEmailUnverified"
          ? tOidc("OidcEmailUnverified", { name: sso.displayName })
          : t("default");
  return (
    <div className="flex max-w-576 flex-col gap-24">
      <h1 className="kern-heading-large">{t("title")}</h1>
      <Alert variant="danger" role="alert">
        <p className="kern-body">{message}</p>
      </Alert>
      <Link href="/signin" className="kern-link">
        {t("retry")}
      </Link>
    </div>
  );
}
