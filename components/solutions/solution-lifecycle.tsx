import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ConfirmedActionForm } from "@/components/ui/confirmed-action-form";
import type { SolutionDetail } from "@/lib/solutions/queries";
import { deleteDraftSolutionAction, withdrawSolutionAction } from "@/lib/solutions/withdrawal-actions";

/**
 * For the people who may edit it: withdraw a published solution back to draft, or delete a draft
 * that was never published. A withdrawn one is neither (see lib/solutions/withdrawal.ts).
 */
export async function SolutionLifecycle({ solution: s }: { solution: SolutionDetail }) {
  if (!s.canEdit) return null;
  const t = await getTranslations("solutions.lifecycle");
  const withdrawn = s.state === "draft" && s.publishedAt !== null;
  return (
    <section aria-labelledby="lifecycle-title" className="flex max-w-768 flex-col gap-16">
      <h2 id="lifecycle-title" className="kern-heading-medium">
        {s.state === "published" ? t("withdraw.title") : t("delete.title")}
      </h2>
      {withdrawn ? (
        <p className="kern-body">{t("withdrawnNotice")}</p>
      ) : (
        <ClientMessages keys={["errors"]}>
          {s.state === "published" ? (
            <ConfirmedActionForm
              action={withdrawSolutionAction.bind(null, s.slug)}
              text={t("withdraw.text")}
              confirmLabel={t("withdraw.confirm")}
              submitLabel={t("withdraw.submit")}
            />
          ) : (
            <ConfirmedActionForm
              action={deleteDraftSolutionAction.bind(null, s.slug)}
              text={t("delete.text")}
              confirmLabel={t("delete.confirm")}
              submitLabel={t("delete.submit")}
            />
          )}
        </ClientMessages>
      )}
    </section>
  );
}
