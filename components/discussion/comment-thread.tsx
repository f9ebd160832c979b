import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PendingHint } from "@/components/membership/pending-hint";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import { createCommentAction, type DiscussionTarget } from "@/lib/discussion/actions";
import type { Discussion } from "@/lib/discussion/loaders";
import { CommentForm } from "./comment-form";
import { CommentItem } from "./comment-item";

type Props = {
  discussion: Discussion;
  target: DiscussionTarget;
  /**
   * Who reads: signed out, signed in without a complete profile, a pending member (reads, applies),
   * or a member who may write.
   */
  viewer: "anonymous" | "incomplete" | "pending" | "member";
  /** The subject still takes comments (a published solution or meetup). */
  open: boolean;
  /** Authors, co-authors and moderators of a solution mark answers. */
  canMarkAnswers: boolean;
};

/**
 * The discussion of a page: order switch, the form for a new comment (or how to get one), and the
 * threads, one level deep, each with a reply form behind "Antworten".
 */
export async function CommentThread({ discussion, target, viewer, open, canMarkAnswers }: Props) {
  const t = await getTranslations("comments");
  const path = `/${target.kind === "solution" ? "solutions" : "meetups"}/${target.slug}`;
  const returnTo = discussion.order === "newest" ? `${path}?comments=newest` : path;
  const draftPrefix = `kommunalnetz:comment-draft:${path}`;
  const mayWrite = open && viewer === "member";
  return (
    // The forms and buttons inside are client components: they get the comment, reaction and error texts.
    <ClientMessages keys={["comments", "reactions", "errors", "moderation"]}>
    <section id="discussion" aria-labelledby="discussion-title" className="flex flex-col gap-24">
      <div className="flex flex-wrap items-baseline justify-between gap-12">
        <h2 id="discussion-title" className="kern-heading-medium">
          {t("title")} <span className="kern-body kern-body--small font-normal">({t("count", { count: discussion.count })})</span>
        </h2>
        {discussion.count > 1 ? (
          <nav aria-label={t("order.label")} className="flex gap-12">
            {(["oldest", "newest"] as const).map((order) => (
              <Link
                key={order}
                href={order === "newest" ? `${path}?comments=newest#discussion` : `${path}#discussion`}
                className="kern-link kern-link--small"
                aria-current={discussion.order === order ? "true" : undefined}
              >
                {discussion.order === order ? <strong>{t(`order.${order}`)}</strong> : t(`order.${order}`)}
              </Link>
            ))}
          </nav>
        ) : null}
      </div>
      {discussion.orderInvalid ? (
        <Alert variant="info">
          <p className="kern-body">{t("order.invalid")}</p>
        </Alert>
      ) : null}
      {discussion.openQuestions > 0 ? <p className="kern-body">{t("qa.open", { count: discussion.openQuestions })}</p> : null}

      {mayWrite ? (
        <CommentForm action={createCommentAction.bind(null, target)} mode="new" draftKey={`${draftPrefix}:new`} allowQuestion={target.kind === "solution"} />
      ) : !open ? (
        <p className="kern-body">{t("closed")}</p>
      ) : viewer === "pending" ? (
        <PendingHint />
      ) : viewer === "anonymous" ? (
        <p className="kern-body">
          {t("signInToComment")}{" "}
          <Link href={{ pathname: "/signin", query: { callbackUrl: `${path}#discussion` } }} className="kern-link">
            {t("signIn")}
          </Link>
        </p>
      ) : (
        <p className="kern-body">
          {t("completeProfile")}{" "}
          <Link href="/onboarding" className="kern-link">
            {t("completeProfileLink")}
          </Link>
        </p>
      )}

      {discussion.threads.length === 0 ? <p className="kern-body">{t("empty")}</p> : null}
      <ol className="flex flex-col gap-24">
        {discussion.threads.map(({ root, replies }) => {
          const isOpenQuestion = root.isQuestion && !root.deleted;
          return (
            <li key={root.id} className="flex flex-col gap-12 border-t border-kern-layout-border pt-12">
              <CommentItem
                comment={root}
                target={target}
                returnTo={returnTo}
                revisions={discussion.moderator ? discussion.revisions.get(root.id) : undefined}
                question={isOpenQuestion ? { answered: root.answerId !== null } : undefined}
                draftPrefix={draftPrefix}
                reportable={viewer === "member"}
              />
              {replies.length > 0 ? (
                <ol className="ml-16 flex flex-col gap-12 border-l-4 border-kern-layout-border pl-12 md:ml-32" aria-label={t("item.replies", { count: replies.length })}>
                  {replies.map((reply) => (
                    <li key={reply.id}>
                      <CommentItem
                        comment={reply}
                        target={target}
                        returnTo={returnTo}
                        revisions={discussion.moderator ? discussion.revisions.get(reply.id) : undefined}
                        answer={
                          isOpenQuestion
                            ? { questionId: root.id, isAnswer: root.answerId === reply.id, canMark: canMarkAnswers && open && !reply.deleted }
                            : undefined
                        }
                        draftPrefix={draftPrefix}
                        reportable={viewer === "member"}
                      />
                    </li>
                  ))}
                </ol>
              ) : null}
              {mayWrite ? (
                <details className="ml-16 md:ml-32">
                  <summary className="kern-link kern-link--small cursor-pointer">{t("item.reply")}</summary>
                  <div className="mt-8">
                    <CommentForm action={createCommentAction.bind(null, target)} mode="reply" draftKey={`${draftPrefix}:reply:${root.id}`} parentId={root.id} />
                  </div>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
    </ClientMessages>
  );
}
