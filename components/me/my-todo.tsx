import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { MySolution } from "@/lib/me/queries";

/** Shortcuts to what needs the member: solutions nobody confirmed for twelve months. */
export async function MyTodo({ solutions }: { solutions: MySolution[] }) {
  const t = await getTranslations("me.todo");
  if (solutions.length === 0) return <p className="kern-body">{t("none")}</p>;
  return (
    <ul className="kern-list">
      {solutions.map((s) => (
        <li key={s.slug}>
          {t("confirm", { title: s.title })}{" "}
          <Link href={`/solutions/${s.slug}`} className="kern-link" aria-label={`${t("confirmLink")}: ${s.title}`}>
            {t("confirmLink")}
          </Link>
        </li>
      ))}
    </ul>
  );
}
