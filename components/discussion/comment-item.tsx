import { getFormatter, getTranslations } from "next-intl/server";
import { HelpfulButton } from "@/components/discussion/helpful-button";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { Markdown } from "@/components/ui/markdown";
import { deleteCommentAction, markAnswerAction, updateCommentAction, type DiscussionTarget } from "@/lib/discussion/actions";
import type { CommentRow, RevisionRow } from "@/lib/discussion/queries";
import { ReportForm } from "@/components/moderation/report-form";
import { Alert } from "@/components/ui/alert";
import { CommentForm } from "./comment-form";

type Props = {
  comment: CommentRow;
  target: DiscussionTarget;
  /** The page (with its query) to come back to after signing in. */
  returnTo: string;
  /** Earlier versions, passed for moderators only. */
  revisions?: RevisionRow[];
  /** On a reply in a question's thread: whether it is the answer, and whether the viewer may mark it. */
  answer?: { questionId: string; isAnswer: boolean; canMark: boolean };
  /** On a question: answered or open. */
  question?: { answered: boolean };
  draftPrefix: string;
  /** The viewer is a verified member who may report (shown on others' comments that stand). */
  reportable?: boolean;
};

/**
 * One comment: author, time (the permalink `#comment-<id>`; `:target` highlights it without
 * JavaScript), "bearbeitet", the text, "Hilfreich", and what the viewer may do with it. A deleted
 * comment keeps its place (its replies stay) and says so.
 */
export async function CommentItem({ comment, target, returnTo, revisions, answer, question, draftPrefix, reportable }: Props) {
  const t = await getTranslations("comments.item");
  const tm = await getTranslations("moderation.banner");
  const tp = await getTranslations("privacy");
  const format = await getFormatter();
  const anchor = `comment-${comment.id}`;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  return (
    <article id={anchor} className="comment flex flex-col gap-8 rounded-kern-default p-12" aria-labelledby={`${anchor}-meta`}>
      <header id={`${anchor}-meta`} className="flex flex-wrap items-baseline gap-x-12 gap-y-4">
        {comment.deleted ? (
          <span className="kern-body kern-body--small">{t("deleted")}</span>
        ) : (
          <span className="kern-body kern-body--bold">
            {comment.authorName ?? tp("deletedMember")}
            {comment.authorMunicipality ? <span className="kern-body kern-body--small font-normal"> ({comment.authorMunicipality})</span> : null}
          </span>
        )}
        <a href={`#${anchor}`} className="kern-link kern-link--small" aria-label={`${t("permalink")}: ${when(comment.createdAt)}`}>
          <time dateTime={comment.createdAt.toISOString()}>{when(comment.createdAt)}</time>
        </a>
        {comment.editedAt && !comment.deleted ? <span className="kern-body kern-body--small">({t("edited")})</span> : null}
        {question ? (
          <span className={`kern-badge ${question.answered ? "kern-badge--success" : "kern-badge--warning"}`}>
            <span className="kern-label kern-label--small">{question.answered ? t("answered") : t("openQuestion")}</span>
          </span>
        ) : null}
        {answer?.isAnswer ? (
          <span className="kern-badge kern-badge--success">
            <span className="kern-icon kern-icon--check kern-icon--small" aria-hidden="true" />
            <span className="kern-label kern-label--small">{t("answer")}</span>
          </span>
        ) : null}
      </header>
      {comment.bodyHidden ? <p className="kern-body kern-body--small">{tm("comment")}</p> : null}
      {comment.deleted || comment.bodyHidden ? null : (
        <>
          {comment.hidden ? (
            <Alert variant="warning">
              <p className="kern-body">{tm("commentOwn", { note: comment.hiddenNote ?? "–" })}</p>
            </Alert>
          ) : null}
          {question ? <p className="kern-body kern-body--small">{t("question")}</p> : null}
          <Markdown source={comment.body} />
          <div className="flex flex-wrap items-start gap-12">
            <HelpfulButton subject={{ commentId: comment.id }} count={comment.helpfulCount} pressed={comment.helpfulPressed} returnTo={`${returnTo}#${anchor}`} />
            {answer?.canMark ? (
              <InlineActionForm
                action={markAnswerAction.bind(null, target)}
                fields={{ questionId: answer.questionId, answerId: answer.isAnswer ? "" : comment.id }}
                label={answer.isAnswer ? t("unmarkAnswer") : t("markAnswer")}
                variant="secondary"
              />
            ) : null}
            {comment.canEdit ? (
              <InlineActionForm
                action={deleteCommentAction.bind(null, target)}
                fields={{ commentId: comment.id }}
                label={t("delete")}
                confirm={{ question: t("deleteQuestion"), confirmLabel: t("deleteConfirm"), cancelLabel: t("deleteCancel") }}
              />
            ) : null}
          </div>
          {reportable && comment.canReport ? (
            <ReportForm targetType="comment" targetId={comment.id} name={comment.authorName ?? tp("deletedMember")} returnTo={`${returnTo}#${anchor}`} />
          ) : null}
          {comment.canEdit ? (
            <details className="comment-edit">
              <summary className="kern-link kern-link--small cursor-pointer">{t("edit")}</summary>
              <div className="mt-8">
                <CommentForm
                  action={updateCommentAction.bind(null, target)}
                  mode="edit"
                  draftKey={`${draftPrefix}:edit:${comment.id}`}
                  commentId={comment.id}
                  initialBody={comment.body}
                />
              </div>
            </details>
          ) : null}
          {revisions && revisions.length > 0 ? (
            <details>
              <summary className="kern-link kern-link--small cursor-pointer">{t("revisions", { count: revisions.length })}</summary>
              <ol className="mt-8 flex flex-col gap-8">
                {revisions.map((revision, index) => (
                  <li key={index} className="border-l-4 border-kern-layout-border pl-12">
                    <p className="kern-body kern-body--small">{t("revisionFrom", { date: when(revision.replacedAt) })}</p>
                    <p className="kern-body prewrap">{revision.body}</p>
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
        </>
      )}
    </article>
  );
}
