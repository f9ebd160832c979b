import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { Link } from "@/i18n/navigation";
import type { CurrentMember } from "@/lib/auth/session";
import { markReuseAction, withdrawReuseAction } from "@/lib/solutions/actions";
import { listReusesOfSolution, type SolutionDetail } from "@/lib/solutions/queries";
import { ReuseForm } from "./reuse-form";
import { Section } from "@/components/ui/section";
import { PendingHint } from "@/components/membership/pending-hint";

/** Which municipalities adopt this solution, and the form for the viewer's own municipality. */
export async function SolutionReuses({ solution, viewer }: { solution: SolutionDetail; viewer: CurrentMember | null }) {
  const t = await getTranslations("solutions.detail");
  const reuses = await listReusesOfSolution(solution.id);
  const own = viewer?.municipalityAgs === solution.municipality.ags;
  const mine = reuses.find((r) => r.municipality.ags === viewer?.municipalityAgs);
  return (
    <Section titleId="reuses-title" title={t("reuses")} className="flex flex-col gap-12">
      {reuses.length === 0 ? (
        <p className="kern-body">{t("reusesNone")}</p>
      ) : (
        <ul className="kern-list">
          {reuses.map((reuse) => (
            <li key={reuse.municipality.ags}>
              <Link href={`/municipalities/${reuse.municipality.ags}`} className="kern-link">
                {reuse.municipality.name}
              </Link>
              : {t(`reuseStatuses.${reuse.status}`)}
            </li>
          ))}
        </ul>
      )}
      {solution.state !== "published" ? null : !viewer ? (
        <p className="kern-body">
          <Link href={{ pathname: "/signin", query: { callbackUrl: `/solutions/${solution.slug}` } }} className="kern-link">
            {t("reuseSignIn")}
          </Link>
        </p>
      ) : viewer.status !== "verified" ? (
        <PendingHint />
      ) : own ? (
        <p className="kern-body kern-body--small">{t("reuseOwn")}</p>
      ) : viewer.municipalityAgs ? (
        <ClientMessages keys={["solutions.detail", "errors"]}>
          <ReuseForm action={markReuseAction.bind(null, solution.slug)} municipalityName={viewer.municipalityName ?? ""} current={mine?.status} />
          {mine ? (
            <InlineActionForm
              action={withdrawReuseAction.bind(null, solution.slug)}
              fields={{}}
              label={t("reuseWithdraw")}
              variant="secondary"
              size="default"
              confirm={{ question: t("reuseWithdrawQuestion"), confirmLabel: t("reuseWithdrawConfirm"), cancelLabel: t("confirmCancel") }}
            />
          ) : null}
        </ClientMessages>
      ) : null}
    </Section>
  );
}
