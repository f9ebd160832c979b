import { z } from "zod";
import { blankToUndefined } from "@/lib/input-coercion";
import { hasControlCharacters, uuid } from "@/lib/validation";
import { MAX_COMMENT_LENGTH } from "./rules";

export { MAX_COMMENT_LENGTH };

/** A comment's Markdown: not empty, at most MAX_COMMENT_LENGTH characters, no control characters. */
export const commentBody = z
  .string({ error: "comments.errors.bodyEmpty" })
  // Browsers send CRLF; stored as LF so that lengths and edits compare alike.
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .min(1, "comments.errors.bodyEmpty")
      .max(MAX_COMMENT_LENGTH, "comments.errors.bodyTooLong")
      // Tab, LF and CR are text in a textarea; any other control character is refused (lib/validation.ts).
      .refine((value) => !hasControlCharacters(value, { multiLine: true }), "comments.errors.controlCharacters"),
  );

export const commentId = uuid("comments.errors.notFound");

/** The comment form: body, the thread it replies to (if any), and the question box. */
export const commentInput = z.object({
  body: commentBody,
  parentId: z.preprocess(blankToUndefined, commentId.optional()),
  isQuestion: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
});
export type CommentInput = z.infer<typeof commentInput>;

export const commentEditInput = z.object({ commentId, body: commentBody });

/** Marking (answerId) or unmarking (empty) the answer of a question. */
export const answerInput = z.object({
  questionId: commentId,
  answerId: z.preprocess(blankToUndefined, commentId.optional()),
});

export const commentOrders = ["oldest", "newest"] as const;
export type CommentOrder = (typeof commentOrders)[number];
/** `?comments=newest|oldest` on a page: anything else is ignored (and said so), never an error page. */
export const commentOrderParam = z.enum(commentOrders);

/** The mention autocomplete's query: two to 60 characters of a name. */
export const memberSearchInput = z.object({
  q: z
    .string({ error: "comments.errors.searchInvalid" })
    .trim()
    .min(2, "comments.errors.searchInvalid")
    .max(60, "comments.errors.searchInvalid")
    .refine((value) => !hasControlCharacters(value), "comments.errors.searchInvalid"),
});
