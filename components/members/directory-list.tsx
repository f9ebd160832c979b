import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { DirectoryEntry } from "@/lib/members/directory-queries";

/** Directory results: one card per member with what they know; the name links to the profile. */
export async function DirectoryList({ items }: { items: DirectoryEntry[] }) {
  const t = await getTranslations("members.directory");
  return (
    <ul className="flex flex-col gap-16" aria-label={t("resultsLabel")}>
      {items.map((member) => {
        const body = member.organisationName ?? member.municipalityName;
        const knows = [...member.software, ...member.services.map((s) => s.name), ...member.themenfelder.map((tf) => tf.name)];
        return (
          <li key={member.id} className="rounded-kern-default border border-kern-layout-border p-16">
            <h2 className="kern-heading-small">
              <Link href={`/members/${member.id}`} className="kern-link">
                {member.name}
              </Link>
            </h2>
            <p className="kern-body">{[member.roleTitle, body].filter(Boolean).join(", ") || "–"}</p>
            {knows.length > 0 ? (
              <p className="kern-body kern-body--small">
                <span className="font-semibold">{t("knows")}</span> {knows.join(" · ")}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
