import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { Link } from "@/i18n/navigation";
import type { CurrentMember } from "@/lib/auth/session";
import { listMembersOfMunicipality } from "@/lib/members/queries";
import { addCoauthorAction, confirmStillCurrentAction, removeCoauthorAction } from "@/lib/solutions/actions";
import type { SolutionDetail } from "@/lib/solutions/queries";
import { CoauthorForm } from "./coauthor-form";
import { ConfirmForm } from "./confirm-form";
import { FollowControl } from "@/components/follows/follow-control";

/** Authors, dates, and what the people allowed to maintain the solution can do with it. */
export async function SolutionAuthoring({ solution: s, viewer }: { solution: SolutionDetail; viewer: CurrentMember | null }) {
  const t = await getTranslations("solutions.detail");
  const tp = await getTranslations("privacy");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const isAuthor = s.author !== null && viewer?.id === s.author.id;
  const canConfirm = s.canConfirm && s.state === "published";
  const candidates = isAuthor
    ? (await listMembersOfMunicipality(s.municipality.ags)).filter((m) => m.id !== s.author?.id && !s.coauthors.some((c) => c.id === m.id))
    : [];
  return (
    <aside aria-labelledby="authoring-title" className="flex flex-col gap-12 self-start rounded-kern-default border border-kern-layout-border p-16">
      <h2 id="authoring-title" className="kern-heading-small">
        {t("authors")}
      </h2>
      <ul className="flex flex-col gap-8">
        {s.author === null ? (
          <li>
            <span className="kern-body">{tp("formerMember")}</span>
          </li>
        ) : null}
        {[...(s.author ? [s.author] : []), ...s.coauthors]
          .filter((person) => person.name)
          .map((person) => (
            <li key={person.id} className="flex flex-wrap items-center justify-between gap-8">
              <span className="kern-body">{person.name}</span>
              {s.state === "published" ? <FollowControl target="member" targetId={person.id} name={person.name!} returnTo={`/solutions/${s.slug}`} /> : null}
            </li>
          ))}
      </ul>
      <ul className="kern-body kern-body--small">
        {s.publishedAt ? <li>{t("publishedAt", { date: date(s.publishedAt) })}</li> : null}
        <li>{t("updatedAt", { date: date(s.updatedAt) })}</li>
        {s.confirmedAt ? <li>{t("confirmedAt", { date: date(s.confirmedAt) })}</li> : null}
      </ul>
      {s.canEdit ? (
        <div className="flex flex-wrap gap-16">
          <Link href={`/solutions/${s.slug}/edit`} className="kern-btn kern-btn--primary no-underline">
            <span className="kern-label">{t("edit")}</span>
          </Link>
          <Link href={`/solutions/${s.slug}/history`} className="kern-link self-center">
            {t("history")}
          </Link>
        </div>
      ) : (
        <Link href={`/solutions/${s.slug}/history`} className="kern-link">
          {t("history")}
        </Link>
      )}
      {canConfirm || isAuthor ? (
        <ClientMessages keys={["solutions.detail", "errors"]}>
          {canConfirm ? <ConfirmForm action={confirmStillCurrentAction.bind(null, s.slug)} /> : null}
          {isAuthor && s.coauthors.length > 0 ? (
            <div className="flex flex-col gap-8">
              <h3 className="kern-label">{t("coauthors")}</h3>
              <ul className="flex flex-col gap-8">
                {s.coauthors.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-8">
                    <span className="kern-body">{c.name}</span>
                    <InlineActionForm
                      action={removeCoauthorAction.bind(null, s.slug)}
                      fields={{ coauthorId: c.id }}
                      label={t("coauthorRemove")}
                      srLabel={c.name ?? undefined}
                      confirm={{ question: t("coauthorRemoveQuestion", { name: c.name ?? "" }), confirmLabel: t("coauthorRemoveConfirm"), cancelLabel: t("confirmCancel") }}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {isAuthor ? (
            <div className="flex flex-col gap-8">
              <h3 className="kern-label">{t("addCoauthor")}</h3>
              <CoauthorForm action={addCoauthorAction.bind(null, s.slug)} candidates={candidates} />
            </div>
          ) : null}
        </ClientMessages>
      ) : null}
    </aside>
  );
}
