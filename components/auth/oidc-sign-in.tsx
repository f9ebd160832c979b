import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInWithOidcAction } from "@/lib/auth/actions";

/** The single sign-on button of the sign-in page; works without JavaScript (a plain form post). */
export async function OidcSignIn({ displayName, callbackUrl }: { displayName: string; callbackUrl: string }) {
  const t = await getTranslations("oidc.signIn");
  return (
    <section aria-labelledby="oidc-heading" className="flex flex-col gap-16">
      <h2 id="oidc-heading" className="kern-heading-small">
        {t("heading")}
      </h2>
      <p className="kern-body">{t("lead", { name: displayName })}</p>
      <form action={signInWithOidcAction}>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <SubmitButton label={t("button", { name: displayName })} variant="secondary" />
      </form>
    </section>
  );
}
