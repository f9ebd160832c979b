import { getTranslations } from "next-intl/server";
import { FollowButton } from "@/components/follows/follow-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { followTargets } from "@/db/schema/discussion-enums";
import type { FollowedItem } from "@/lib/follows/queries";

/** "Ich folge": what the member follows, grouped by kind, each with its "Nicht mehr folgen" button. */
export async function MyFollows({ items }: { items: FollowedItem[] }) {
  const t = await getTranslations("follows.mine");
  if (items.length === 0) return <p className="kern-body">{t("empty")}</p>;
  return (
    <ClientMessages keys={["follows"]}>
    <div className="flex flex-col gap-16">
      <p className="kern-body kern-body--small">{t("lead")}</p>
      {followTargets.map((kind) => {
        const group = items.filter((item) => item.target === kind);
        if (group.length === 0) return null;
        return (
          <div key={kind} className="flex flex-col gap-8">
            <h3 className="kern-heading-small">{t(`kinds.${kind}`)}</h3>
            <ul className="flex flex-col gap-8" aria-label={t(`kinds.${kind}`)}>
              {group.map((item) => (
                <li key={item.targetId} className="flex flex-wrap items-center justify-between gap-8 border-b border-kern-layout-border pb-8">
                  <span className="kern-body">
                    {item.href ? (
                      <Link href={item.href} className="kern-link">
                        {item.label}
                      </Link>
                    ) : (
                      item.label
                    )}
                    {item.automatic ? <span className="kern-body kern-body--small kern-body--muted"> ({t("automatic")})</span> : null}
                  </span>
                  <FollowButton target={item.target} targetId={item.targetId} following name={item.label} returnTo="/me" variant="unfollow" />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
    </ClientMessages>
  );
}
