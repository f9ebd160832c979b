import { z } from "zod";
import { isoDateTime } from "@/lib/api/schemas";

/** A comment as the public API shows it: no e-mail address, and nothing of a deleted comment's text. */
export const commentItem = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable().meta({ description: "The thread's first comment; null for a first comment. Threads are one level deep." }),
  author: z.object({ name: z.string().nullable(), municipality: z.string().nullable() }).nullable().meta({ description: "Null for a deleted comment." }),
  body: z.object({ markdown: z.string(), html: z.string() }).nullable().meta({ description: "Null for a deleted comment (kept only because it has replies)." }),
  deleted: z.boolean(),
  isQuestion: z.boolean().meta({ description: "A question to the solution's implementers." }),
  answerId: z.uuid().nullable().meta({ description: "On a question: the reply marked as its answer." }),
  helpfulCount: z.number().int(),
  createdAt: isoDateTime,
  editedAt: isoDateTime.nullable(),
});
export type CommentItemDto = z.infer<typeof commentItem>;

export const commentList = z.object({
  items: z.array(commentItem).meta({ description: "Oldest first; replies name their thread in parentId." }),
  total: z.number().int().meta({ description: "Comments that are not deleted." }),
});
export type CommentListDto = z.infer<typeof commentList>;
