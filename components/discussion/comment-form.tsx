"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FieldError, FormErrors } from "@/components/ui/field";
import type { CommentFormState } from "@/lib/discussion/actions";
import { MAX_COMMENT_LENGTH } from "@/lib/discussion/rules";
import { MentionTextarea } from "./mention-textarea";

type Props = {
  action: (state: CommentFormState, formData: FormData) => Promise<CommentFormState>;
  mode: "new" | "reply" | "edit";
  /** Where the draft is kept in this browser: one key per page and thread (or comment being edited). */
  draftKey: string;
  parentId?: string;
  commentId?: string;
  /** The stored text, when editing. */
  initialBody?: string;
  /** Solutions take questions to the implementers (top-level comments only). */
  allowQuestion?: boolean;
};

const initial: CommentFormState = { values: {}, errors: {} };

function readDraft(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}
function writeDraft(key: string, text: string | null) {
  try {
    if (text === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, text);
  } catch {
    // Private mode or a full storage: the draft simply is not kept.
  }
}

/**
 * Writing, replying and editing. Nothing typed is lost: a refusal sends the text back (and the
 * message sits next to the field), and while JavaScript runs the text is kept in localStorage per
 * page and thread, so a reload, a crash or a sign-in after an expired session brings it back. A
 * successful post clears the draft and jumps to the new comment (its permalink).
 */
export function CommentForm({ action, mode, draftKey, parentId, commentId, initialBody, allowQuestion }: Props) {
  const t = useTranslations("comments.form");
  const id = useId();
  const [state, formAction, pending] = useActionState(action, initial);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  // The state at the moment a draft was restored: the notice shows until the next action result.
  const [restoredAt, setRestoredAt] = useState<CommentFormState | null>(null);
  const restored = restoredAt !== null && restoredAt === state;
  const fieldId = `${id}-body`;
  const bodyErrors = state.errors.body;

  // A draft from before a reload (or from before signing in again) comes back once, on mount.
  useEffect(() => {
    const el = textareaRef.current;
    const draft = readDraft(draftKey);
    if (!el || !draft || draft === el.value || draft === (initialBody ?? "")) return;
    el.value = draft;
    setRestoredAt(state);
    // Once, on mount: later states must not bring an old draft back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey, initialBody]);

  useEffect(() => {
    if (!state.savedId) return;
    writeDraft(draftKey, null);
    const details = textareaRef.current?.closest("details");
    if (details && mode !== "new") details.open = false;
    window.location.hash = `comment-${state.savedId}`;
  }, [state, draftKey, mode]);

  const keep = (text: string) => writeDraft(draftKey, text.trim() === "" || text === (initialBody ?? "") ? null : text);
  const label = mode === "edit" ? t("editLabel") : mode === "reply" ? t("replyLabel") : t("newLabel");
  const submit = mode === "edit" ? t("submitEdit") : mode === "reply" ? t("submitReply") : t("submit");

  return (
    <form action={formAction} className="flex flex-col gap-12" id={mode === "new" ? "comment-form" : undefined}>
      {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
      {commentId ? <input type="hidden" name="commentId" value={commentId} /> : null}
      <FormErrors errors={state.errors.form} />
      <div className={`kern-form-input ${bodyErrors ? "kern-form-input--error" : ""}`}>
        <label className="kern-label" htmlFor={fieldId}>
          {label}
        </label>
        <div className="kern-hint" id={`${fieldId}-hint`}>
          {t("hint", { max: MAX_COMMENT_LENGTH.toLocaleString("de-DE") })}
        </div>
        <MentionTextarea
          ref={textareaRef}
          id={fieldId}
          name="body"
          rows={mode === "new" ? 5 : 4}
          defaultValue={state.values.body ?? initialBody ?? ""}
          invalid={Boolean(bodyErrors)}
          describedBy={[`${fieldId}-hint`, bodyErrors ? `${fieldId}-error` : null].filter(Boolean).join(" ")}
          onText={keep}
        />
        <FieldError id={`${fieldId}-error`} errors={bodyErrors} />
      </div>
      {restored ? (
        <p className="kern-body kern-body--small flex flex-wrap items-center gap-8" role="status">
          {t("draftRestored")}
          <button
            type="button"
            className="kern-btn kern-btn--tertiary kern-btn--x-small"
            onClick={() => {
              if (textareaRef.current) textareaRef.current.value = state.values.body ?? initialBody ?? "";
              writeDraft(draftKey, null);
              setRestoredAt(null);
            }}
          >
            <span className="kern-label">{t("discardDraft")}</span>
          </button>
        </p>
      ) : null}
      {allowQuestion ? (
        <div className="flex flex-col gap-4">
          <CheckboxField
            id={`${id}-question`}
            name="isQuestion"
            label={t("question")}
            checked={state.values.isQuestion === "on"}
            aria-describedby={`${id}-question-hint`}
          />
          <p className="kern-hint" id={`${id}-question-hint`}>
            {t("questionHint")}
          </p>
        </div>
      ) : null}
      <div>
        <button type="submit" className={`kern-btn ${mode === "new" ? "kern-btn--primary" : "kern-btn--secondary"}`} disabled={pending}>
          <span className="kern-label">{submit}</span>
        </button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
