import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";
import type { Discussion } from "@/lib/discussion/loaders";
import { Section } from "@/components/ui/section";

/**
 * "Fragen und Antworten" on a solution: answered questions with the reply the authors marked, each
 * linking to its place in the discussion. Nothing when there is none.
 */
export async function QuestionsAnswers({ discussion }: { discussion: Discussion }) {
  if (discussion.answered.length === 0) return null;
  const t = await getTranslations("comments.qa");
  const tp = await getTranslations("privacy");
  return (
    <Section titleId="qa-title" title={t("title")}>
      <p className="kern-body">{t("lead")}</p>
      <dl className="flex flex-col gap-16">
        {discussion.answered.map(({ question, answer }) => (
          <div key={question.id} className="flex flex-col gap-8 rounded-kern-default bg-kern-layout-background-hued p-16">
            <dt className="flex flex-col gap-4">
              <span className="kern-body kern-body--small">{t("question", { name: question.authorName ?? tp("deletedMember") })}</span>
              <Markdown source={question.body} />
            </dt>
            <dd className="flex flex-col gap-4 border-l-4 border-kern-feedback-success pl-12">
              <span className="kern-body kern-body--small">{t("answer", { name: answer.authorName ?? tp("deletedMember") })}</span>
              <Markdown source={answer.body} />
              <a href={`#comment-${answer.id}`} className="kern-link kern-link--small">
                {t("toThread")}
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
