import { z } from "zod";
import { blankToUndefined, uuid } from "@/lib/validation";

/** What a "Hilfreich" reaction is on: a published solution or a comment that is not deleted. */
export type HelpfulSubject = { solutionId: string } | { commentId: string };

const id = z.preprocess(blankToUndefined, uuid("reactions.notFound").optional());

/**
 * The "Hilfreich" form: exactly one subject id and the state the member wants (`helpful` = "true"
 * presses the button, "false" releases it), so a form sent twice does not undo itself.
 */
export const helpfulInput = z
  .object({
    solutionId: id,
    commentId: id,
    helpful: z.enum(["true", "false"], { error: "reactions.notFound" }).transform((v) => v === "true"),
    returnTo: z.string().max(2000).optional(),
  })
  .refine((v) => Boolean(v.solutionId) !== Boolean(v.commentId), { message: "reactions.notFound" })
  .transform(({ solutionId, commentId, helpful, returnTo }) => ({
    subject: (solutionId ? { solutionId } : { commentId: commentId! }) as HelpfulSubject,
    helpful,
    returnTo,
  }));
