import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";
import type { CurrentMember } from "@/lib/auth/session";
import type { SolutionDetail } from "@/lib/solutions/queries";
import { MembersOnlyNote } from "@/components/visibility/members-only-note";

/** Description, lessons, contact, links and tags. The Markdown is sanitised by `Markdown`. */
export async function SolutionBody({ solution: s, viewer }: { solution: SolutionDetail; viewer: CurrentMember | null }) {
  const t = await getTranslations("solutions.detail");
  return (
    <div className="flex flex-col gap-24">
      {s.body ? (
        <section aria-labelledby="description-title">
          <h2 id="description-title" className="kern-heading-medium mb-12">
            {t("description")}
          </h2>
          <Markdown source={s.body} />
        </section>
      ) : null}
      {s.lessonsLearned ? (
        <section aria-labelledby="lessons-title">
          <h2 id="lessons-title" className="kern-heading-medium mb-12">
            {t("lessons")}
          </h2>
          <p className="kern-body prewrap">{s.lessonsLearned}</p>
        </section>
      ) : null}
      <section aria-labelledby="contact-title">
        <h2 id="contact-title" className="kern-heading-medium mb-12">
          {t("contact")}
        </h2>
        {/* The contact as the loader left it for this viewer (lib/visibility solutionFieldsFor): a
            members-only contact is gone entirely, a public one keeps its name; e-mail and phone
            only ever reach verified members (GDPR: no public phone book). */}
        {s.hiddenFields.includes("contact") ? (
          <p>
            <MembersOnlyNote signedIn={Boolean(viewer)} returnTo={`/solutions/${s.slug}`} />
          </p>
        ) : viewer?.status === "verified" || s.canEdit ? (
          s.contactName || s.contactEmail || s.contactPhone ? (
            <div className="flex flex-col items-start">
              {s.contactName ? <p className="kern-body">{s.contactName}</p> : null}
              {s.contactEmail ? (
                <a href={`mailto:${s.contactEmail}`} className="kern-link">
                  {s.contactEmail}
                </a>
              ) : null}
              {s.contactPhone ? (
                <a href={`tel:${s.contactPhone.replace(/[^+0-9]/g, "")}`} className="kern-link">
                  {s.contactPhone}
                </a>
              ) : null}
            </div>
          ) : (
            <p className="kern-body">{t("notStated")}</p>
          )
        ) : (
          <p className="kern-body">
            {s.contactName ? `${s.contactName}. ` : ""}
            {t("contactHidden")}
          </p>
        )}
      </section>
      {s.links.length > 0 ? (
        <section aria-labelledby="links-title">
          <h2 id="links-title" className="kern-heading-medium mb-12">
            {t("links")}
          </h2>
          <ul className="kern-list">
            {s.links.map((link) => (
              <li key={link.url}>
                {t(`linkKinds.${link.kind}`)}:{" "}
                <a href={link.url} className="kern-link" rel="noopener noreferrer">
                  {link.label ?? link.url}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {s.tags.length > 0 ? (
        <p className="kern-body kern-body--small">
          {t("tags")}: {s.tags.join(", ")}
        </p>
      ) : null}
    </div>
  );
}
