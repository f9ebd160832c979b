"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FollowTarget } from "@/db/schema/discussion-enums";
import { setFollowAction, type FollowFormState } from "@/lib/follows/actions";
import { emptyFormState } from "@/lib/form-state";

type Props = {
  target: FollowTarget;
  targetId: string;
  /** Whether the viewer follows it now, as the page read it. */
  following: boolean;
  /** The target's name, for screen readers ("Folgen – Wohngeld online beantragen"). */
  name: string;
  /** The page to come back to after signing in. */
  returnTo: string;
  /**
   * "toggle" (default): a toggle button with aria-pressed, its name stays "Folgen – …".
   * "unfollow": a plain "Nicht mehr folgen – …" button (lists of what one follows).
   */
  variant?: "toggle" | "unfollow";
};

/**
 * Follow or unfollow a solution, meetup, service, Themenfeld, municipality or member. A form with one
 * button: works without JavaScript; with it, the new state shows while the server saves. The form
 * sends the state it wants, so sending it twice does not undo it.
 */
export function FollowButton({ target, targetId, following, name, returnTo, variant = "toggle" }: Props) {
  const t = useTranslations("follows");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState<FollowFormState, FormData>(setFollowAction, emptyFormState);
  const refusal = Object.values(state.errors).flat()[0];
  const shown = pending ? !following : following;
  const unfollowOnly = variant === "unfollow";
  const label = unfollowOnly ? t("unfollow") : t("follow");
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-8">
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="follow" value={String(unfollowOnly ? false : !following)} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button
        type="submit"
        className={`kern-btn kern-btn--x-small whitespace-nowrap ${!unfollowOnly && shown ? "kern-btn--primary" : unfollowOnly ? "kern-btn--tertiary" : "kern-btn--secondary"}`}
        aria-pressed={unfollowOnly ? undefined : shown}
        aria-label={`${label} – ${name}`}
        title={unfollowOnly ? undefined : shown ? t("followingHint") : t("followHint")}
        disabled={pending}
      >
        {!unfollowOnly && shown ? <span className="kern-icon kern-icon--check kern-icon--small" aria-hidden="true" /> : null}
        <span className="kern-label">{label}</span>
      </button>
      <span role="status" className="kern-body kern-body--small">
        {refusal ? (
          <span className="kern-error">{tAll(refusal)}</span>
        ) : state.following !== undefined && !pending ? (
          <span className="kern-sr-only">{state.following ? t("followed", { name }) : t("unfollowed", { name })}</span>
        ) : null}
      </span>
    </form>
  );
}
