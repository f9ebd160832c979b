import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getViewer } from "@/lib/auth/session";
import { countMembersOfMunicipality, listMembersOfMunicipality } from "@/lib/members/queries";
import { seesProfiles } from "@/lib/members/rules";

/**
 * The municipality's verified members. Names (linking to their profiles) only for those who see
 * profiles (verified members, moderators); everyone else learns how many there are.
 */
export async function MunicipalityMembers({ ags }: { ags: string }) {
  const t = await getTranslations("municipalities.detail");
  const tl = await getTranslations("layout");
  const viewer = await getViewer();
  if (!seesProfiles(viewer)) {
    const count = await countMembersOfMunicipality(ags);
    return (
      <section aria-labelledby="members-title">
        <h2 id="members-title" className="kern-heading-medium">
          {t("members")}
        </h2>
        <p className="kern-body">{t(viewer ? "membersHiddenPending" : "membersHidden", { count })}</p>
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
              <Link href={`/members/${m.id}`} className="kern-link kern-body--bold">
                {m.name}
              </Link>
              {m.roleTitle ? <span className="kern-body">, {m.roleTitle}</span> : null}
              {m.isDemo ? <span className="kern-badge kern-badge--info kern-badge--small ml-8"><span className="kern-label kern-label--small">{tl("demoBadge")}</span></span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
