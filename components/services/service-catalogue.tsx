import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ServiceListItem } from "@/lib/services/queries";
import { FollowButton } from "@/components/follows/follow-button";
import { ClientMessages } from "@/components/i18n/client-messages";

type Group = { id: number; name: string; services: ServiceListItem[] };

/** Themenfelder as native disclosure widgets: keyboard- and screen-reader-friendly without JS. */
export async function ServiceCatalogue({ groups, open, followed, returnTo }: { groups: Group[]; open: boolean; followed: Set<number>; returnTo: string }) {
  const t = await getTranslations("services");
  const tFollows = await getTranslations("follows");
  return (
    <ClientMessages keys={["follows"]}>
    <div className="flex flex-col gap-12">
      {groups.map((group) => (
        <details key={group.id} id={`themenfeld-${group.id}`} className="kern-accordion" open={open || groups.length === 1}>
          <summary className="kern-accordion__header">
            <span className="kern-title">
              {group.name} <span className="kern-body kern-body--muted">({t("serviceCount", { count: group.services.length })})</span>
            </span>
          </summary>
          <div className="kern-accordion__body flex flex-col gap-12">
            <FollowButton target="themenfeld" targetId={String(group.id)} following={followed.has(group.id)} name={tFollows("themenfeld", { name: group.name })} returnTo={returnTo} />
            <ul className="kern-list">
              {group.services.map((service) => (
                <li key={service.id}>
                  <Link href={`/services/${service.id}`} className="kern-link">
                    {service.name}
                  </Link>{" "}
                  <span className="kern-body kern-body--small kern-body--muted">
                    {service.lebenslage} · {service.id}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        </details>
      ))}
    </div>
    </ClientMessages>
  );
}
