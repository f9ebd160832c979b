import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { comments, follows, notifications, type FollowTarget, type NotificationKind } from "@/db/schema";
import { createSolution } from "@/lib/solutions/mutations";
import { solutionFormInput } from "@/lib/solutions/test-fixtures";

export { newMember, runId } from "@/lib/solutions/test-fixtures";
export { createDraft as createDraftMeetup, createPublished as createPublishedMeetup } from "@/lib/meetups/test-fixtures";

let counter = 0;

/** A solution by `authorId`, published unless `draft`; unique title per call. */
export async function newSolution(authorId: string, options: { draft?: boolean; overrides?: Record<string, unknown> } = {}) {
  counter += 1;
  const result = await createSolution({
    authorId,
    input: solutionFormInput({ title: `Benachrichtigte Lösung ${counter} ${Date.now().toString(36)}`, intent: options.draft ? "draft" : "publish", ...options.overrides }),
  });
  if (!result.ok) throw new Error(`createSolution failed: ${JSON.stringify(result.errors)}`);
  return result;
}

/** A comment row written directly (the comment mutations are someone else's). */
export async function insertComment(values: {
  authorId: string;
  solutionId?: string;
  meetupId?: string;
  parentId?: string;
  body?: string;
  isQuestion?: boolean;
  createdAt?: Date;
  deletedAt?: Date;
}) {
  const [row] = await db
    .insert(comments)
    .values({ body: "Wie habt ihr das mit dem **Datenschutz** gelöst?", ...values })
    .returning({ id: comments.id });
  return row!.id;
}

export async function insertNotification(values: {
  recipientId: string;
  kind?: NotificationKind;
  actorId?: string;
  solutionId?: string;
  meetupId?: string;
  commentId?: string;
  groupKey?: string;
  createdAt?: Date;
  readAt?: Date;
}) {
  const [row] = await db
    .insert(notifications)
    .values({ kind: "comment", groupKey: `test:${values.solutionId ?? values.meetupId ?? "x"}`, ...values })
    .returning({ id: notifications.id });
  return row!.id;
}

/** A follow row written directly (the follow button is someone else's). */
export async function follow(memberId: string, target: FollowTarget, targetId: string | number, active = true) {
  await db
    .insert(follows)
    .values({ memberId, target, targetId: String(targetId), active })
    .onConflictDoUpdate({ target: [follows.memberId, follows.target, follows.targetId], set: { active } });
}

/** All notifications of a recipient, oldest first, as plain rows. */
export async function notificationsOf(recipientId: string) {
  return db
    .select({ kind: notifications.kind, actorId: notifications.actorId, solutionId: notifications.solutionId, meetupId: notifications.meetupId, commentId: notifications.commentId, groupKey: notifications.groupKey })
    .from(notifications)
    .where(eq(notifications.recipientId, recipientId))
    .orderBy(asc(notifications.id));
}
