import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OidcSignIn } from "@/components/auth/oidc-sign-in";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { oidcConfig } from "@/lib/auth/oidc-config";
import { safeReturnPath } from "@/lib/auth/schema";
import { firstValues } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: PageProps<"/[locale]/signin">) {
  const t = await getTranslations("auth.signIn");
  const tOidc = await getTranslations("oidc.signIn");
  const callbackUrl = safeReturnPath.parse(firstValues(await searchParams).callbackUrl);
  // Single sign-on, when the operator configured an identity provider (OIDC_*), beside the e-mail link.
  const sso = oidcConfig();
  return (
    <div className="flex max-w-576 flex-col gap-24">
      <h1 className="kern-heading-large">{t("title")}</h1>
      {sso ? <OidcSignIn displayName={sso.displayName} callbackUrl={callbackUrl} /> : null}
      {sso ? <h2 className="kern-heading-small">{tOidc("emailHeading")}</h2> : null}
      <p className="kern-body">{t("lead")}</p>
      <ClientMessages keys={["auth.signIn", "errors"]}>
        <SignInForm callbackUrl={callbackUrl} />
      </ClientMessages>
      <p className="kern-body kern-body--small">{t("privacy")}</p>
    </div>
  );
}
