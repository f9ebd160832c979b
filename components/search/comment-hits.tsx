import { getFormatter, getTranslations } from "next-intl/server";
import { Highlighted } from "@/components/ui/highlighted";
import { Link } from "@/i18n/navigation";
import { commentHref } from "@/lib/discussion/rules";
import type { CommentHit } from "@/lib/discussion/search-queries";

/** Who wrote it, on which page, when (and whether it is a question). */
export async function CommentHitDetail({ hit }: { hit: CommentHit }) {
  const [t, tPage, tPrivacy, format] = await Promise.all([getTranslations("search.comments"), getTranslations("search.page"), getTranslations("privacy"), getFormatter()]);
  return (
    <>
      {hit.isQuestion ? `${t("question")} · ` : ""}
      {tPage("commentDetail", {
        author: hit.authorName ?? tPrivacy("deletedMember"),
        title: hit.subject.title,
        date: format.dateTime(hit.createdAt, { dateStyle: "medium", timeZone: "Europe/Berlin" }),
      })}
    </>
  );
}

/** Comments found by the search: the excerpt with the matched words marked, linking to the comment on its page. */
export function CommentHits({ hits }: { hits: CommentHit[] }) {
  return (
    <ul className="flex flex-col gap-16">
      {hits.map((hit) => (
        <li key={hit.id} className="flex flex-col gap-4 border-b border-kern-layout-border pb-16">
          <Link href={commentHref(hit)} className="kern-link">
            <Highlighted text={hit.excerpt} words={hit.words} />
          </Link>
          <span className="kern-body kern-body--small text-kern-layout-text-muted">
            <CommentHitDetail hit={hit} />
          </span>
        </li>
      ))}
    </ul>
  );
}
