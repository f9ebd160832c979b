import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  const tm = await getTranslations("meta");
  return (
    <div className="flex max-w-672 flex-col gap-16">
      {/* not-found pages get no metadata from Next.js; React hoists this into <head>. */}
      <title>{`${t("title")} – ${tm("title")}`}</title>
      <h1 className="kern-heading-large">{t("title")}</h1>
      <p className="kern-body">{t("text")}</p>
      <p>
        <Link href="/" className="kern-link">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
