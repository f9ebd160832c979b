import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import type { SolutionDetail } from "@/lib/solutions/queries";
import { deleteDraftSolutionAction, withdrawSolutionAction } from "@/lib/solutions/withdrawal-actions";
import { Section } from "@/components/ui/section";

/**
 * For the people who may edit it: withdraw a published solution back to draft, or delete a draft
 * that was never published. A withdrawn one is neither (see lib/solutions/withdrawal.ts).
 */
export async function SolutionLifecycle({ solution: s }: { solution: SolutionDetail }) {
  if (!s.canEdit) return null;
  const t = await getTranslations("solutions.lifecycle");
  const withdrawn = s.state === "draft" && s.publishedAt !== null;
  const step = s.state === "published" ? "withdraw" : "delete";
  return (
    <Section titleId="lifecycle-title" title={t(`${step}.title`)} className="flex max-w-768 flex-col gap-16">
      {withdrawn ? (
        <p className="kern-body">{t("withdrawnNotice")}</p>
      ) : (
        <ClientMessages keys={["errors"]}>
          <Alert variant="warning">
            <p className="kern-body">{t(`${step}.text`)}</p>
          </Alert>
          <InlineActionForm
            action={(s.state === "published" ? withdrawSolutionAction : deleteDraftSolutionAction).bind(null, s.slug)}
            label={t(`${step}.submit`)}
            variant="secondary"
            size="default"
            confirm={{ question: t(`${step}.question`), confirmLabel: t(`${step}.confirm`), cancelLabel: t(`${step}.keep`) }}
          />
        </ClientMessages>
      )}
    </Section>
  );
}
