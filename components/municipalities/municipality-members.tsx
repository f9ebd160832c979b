import { getTranslations } from "next-intl/server";
import { getCurrentMember } from "@/lib/auth/session";
import { countMembersOfMunicipality, listMembersOfMunicipality } from "@/lib/members/queries";

/** Names are shown to signed-in members only; the public sees how many there are. */
export async function MunicipalityMembers({ ags }: { ags: string }) {
  const t = await getTranslations("municipalities.detail");
  const tl = await getTranslations("layout");
  const viewer = await getCurrentMember();
  if (!viewer) {
    const count = await countMembersOfMunicipality(ags);
    return (
      <section aria-labelledby="members-title">
        <h2 id="members-title" className="kern-heading-medium">
          {t("members")}
        </h2>
        <p className="kern-body">{t("membersHidden", { count })}</p>
      </section>
    );
  }
  const members = await listMembersOfMunicipality(ags);
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title" className="kern-heading-medium">
        {t("members")}
      </h2>
      {members.length === 0 ? (
        <p className="kern-body">{t("noMembers")}</p>
      ) : (
        <ul className="kern-list">
          {members.map((m) => (
            <li key={m.id}>
              <span className="kern-body kern-body--bold">{m.name}</span>
              {m.roleTitle ? <span className="kern-body">, {m.roleTitle}</span> : null}
              {m.isDemo ? <span className="kern-badge kern-badge--info kern-badge--small ml-8"><span className="kern-label kern-label--small">{tl("demoBadge")}</span></span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
