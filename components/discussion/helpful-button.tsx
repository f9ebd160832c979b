"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setHelpfulAction, type HelpfulFormState } from "@/lib/discussion/reaction-actions";
import type { HelpfulSubject } from "@/lib/discussion/reaction-schema";
import { emptyFormState } from "@/lib/form-state";

type Props = {
  subject: HelpfulSubject;
  /** The current count and whether the viewer pressed it, as the page read them. */
  count: number;
  pressed: boolean;
  /** The page to come back to after signing in (signed-out visitors are sent to sign-in). */
  returnTo: string;
};

/**
 * "Hilfreich" on a solution or a comment: a form with one toggle button (aria-pressed). It works
 * without JavaScript (the form posts, the page comes back with the new count); with JavaScript the
 * button shows the new state at once while the server saves it. It sends the state it wants rather
 * than "toggle", so a form sent twice does not undo itself.
 */
export function HelpfulButton({ subject, count, pressed, returnTo }: Props) {
  const t = useTranslations("reactions");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState<HelpfulFormState, FormData>(setHelpfulAction, emptyFormState);
  const refusal = Object.values(state.errors).flat()[0];
  // While the server saves, show what the click asked for.
  const shownPressed = pending ? !pressed : pressed;
  const shownCount = pending ? Math.max(0, count + (pressed ? -1 : 1)) : count;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-8">
      {"solutionId" in subject ? (
        <input type="hidden" name="solutionId" value={subject.solutionId} />
      ) : (
        <input type="hidden" name="commentId" value={subject.commentId} />
      )}
      <input type="hidden" name="helpful" value={String(!pressed)} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button
        type="submit"
        className={`kern-btn kern-btn--x-small ${shownPressed ? "kern-btn--primary" : "kern-btn--secondary"} whitespace-nowrap`}
        aria-pressed={shownPressed}
        aria-label={t("buttonLabel", { count: shownCount })}
        disabled={pending}
      >
        {shownPressed ? <span className="kern-icon kern-icon--check kern-icon--small" aria-hidden="true" /> : null}
        <span className="kern-label">
          {t("button")} <span className="tabular-nums">{shownCount}</span>
        </span>
      </button>
      <span role="status" className="kern-body kern-body--small">
        {refusal ? (
          <span className="kern-error">{tAll(refusal)}</span>
        ) : state.helpful !== undefined && !pending ? (
          <span className="kern-sr-only">{state.helpful ? t("marked") : t("unmarked")}</span>
        ) : null}
      </span>
    </form>
  );
}
