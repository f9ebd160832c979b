import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, queryRows } from "@/db/client";
import { comments, solutionCoauthors, solutions } from "@/db/schema";
import { commentExcerpt, countUnread, countVisibleNotifications, listVisibleNotifications, notificationHref } from "./queries";
import { createDraftMeetup, createPublishedMeetup, insertComment, insertNotification, newMember, newSolution } from "./test-fixtures";

describe("listVisibleNotifications", () => {
  it("returns the recipient's notifications newest first, with actor, solution and comment excerpt", async () => {
    const [recipient, actor, other] = [await newMember(), await newMember({ name: "Anna Beispiel" }), await newMember()];
    const solution = await newSolution(actor);
    const commentId = await insertComment({ authorId: actor, solutionId: solution.id, body: "Wir haben **Civento** genutzt, siehe [Doku](https://example.org)." });
    const older = await insertNotification({ recipientId: recipient, kind: "new_solution", actorId: actor, solutionId: solution.id, createdAt: new Date(Date.now() - 60_000) });
    const newer = await insertNotification({ recipientId: recipient, kind: "comment", actorId: actor, solutionId: solution.id, commentId, groupKey: `comment:solution:${solution.id}` });
    await insertNotification({ recipientId: other, solutionId: solution.id });

    const rows = await listVisibleNotifications(db, { recipientId: recipient });
    expect(rows.map((r) => r.id)).toEqual([newer, older]);
    expect(rows[0]).toMatchObject({
      kind: "comment",
      groupKey: `comment:solution:${solution.id}`,
      readAt: null,
      actor: { id: actor, name: "Anna Beispiel" },
      solution: { slug: solution.slug },
      meetup: null,
      comment: { id: commentId, excerpt: "Wir haben Civento genutzt, siehe Doku." },
    });
    expect(rows[1]!.comment).toBeNull();
    expect(notificationHref(rows[0]!)).toBe(`/solutions/${solution.slug}#comment-${commentId}`);
    expect(notificationHref(rows[1]!)).toBe(`/solutions/${solution.slug}`);
  });

  it("filters by ids, creation time and limit", async () => {
    const [recipient, actor] = [await newMember(), await newMember()];
    const solution = await newSolution(actor);
    const t0 = Date.now() - 3_600_000;
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(await insertNotification({ recipientId: recipient, solutionId: solution.id, createdAt: new Date(t0 + i * 60_000) }));
    expect((await listVisibleNotifications(db, { recipientId: recipient, ids: [ids[0]!, ids[2]!] })).map((r) => r.id)).toEqual([ids[2], ids[0]]);
    expect(await listVisibleNotifications(db, { recipientId: recipient, ids: [] })).toEqual([]);
    const window = await listVisibleNotifications(db, { recipientId: recipient, createdAfter: new Date(t0 + 30_000), createdBefore: new Date(t0 + 150_000) });
    expect(window.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    expect((await listVisibleNotifications(db, { recipientId: recipient, limit: 1 })).map((r) => r.id)).toEqual([ids[3]]);
    // Someone else's ids return nothing.
    const stranger = await newMember();
    expect(await listVisibleNotifications(db, { recipientId: stranger, ids })).toEqual([]);
  });

  it("never returns a notification about a draft the recipient did not write", async () => {
    const [recipient, author, coauthor] = [await newMember(), await newMember(), await newMember()];
    const draft = await newSolution(author, { draft: true });
    await db.insert(solutionCoauthors).values({ solutionId: draft.id, userId: coauthor });
    const commentId = await insertComment({ authorId: author, solutionId: draft.id });
    for (const recipientId of [recipient, author, coauthor]) {
      await insertNotification({ recipientId, solutionId: draft.id, kind: "new_solution" });
      await insertNotification({ recipientId, solutionId: draft.id, commentId });
    }
    expect(await listVisibleNotifications(db, { recipientId: recipient })).toEqual([]);
    expect(await countVisibleNotifications(db, recipient)).toBe(0);
    expect(await listVisibleNotifications(db, { recipientId: author })).toHaveLength(2);
    expect(await listVisibleNotifications(db, { recipientId: coauthor })).toHaveLength(2);

    // A published solution withdrawn to draft disappears from others' lists as well.
    const published = await newSolution(author);
    await insertNotification({ recipientId: recipient, solutionId: published.id });
    expect(await listVisibleNotifications(db, { recipientId: recipient })).toHaveLength(1);
    await db.update(solutions).set({ state: "draft" }).where(eq(solutions.id, published.id));
    expect(await listVisibleNotifications(db, { recipientId: recipient })).toEqual([]);
  });

  it("never returns a notification about a deleted comment, nor a comment whose subject is invisible", async () => {
    const [recipient, author] = [await newMember(), await newMember()];
    const solution = await newSolution(author);
    const draft = await newSolution(author, { draft: true });
    const deleted = await insertComment({ authorId: author, solutionId: solution.id });
    const live = await insertComment({ authorId: author, solutionId: solution.id });
    const onDraft = await insertComment({ authorId: author, solutionId: draft.id });
    await insertNotification({ recipientId: recipient, solutionId: solution.id, commentId: deleted });
    const kept = await insertNotification({ recipientId: recipient, solutionId: solution.id, commentId: live });
    // Even with the notification's own subject pointing elsewhere, the comment's subject counts.
    await insertNotification({ recipientId: recipient, solutionId: solution.id, commentId: onDraft });
    await db.update(comments).set({ deletedAt: new Date(), body: "" }).where(eq(comments.id, deleted));
    expect((await listVisibleNotifications(db, { recipientId: recipient })).map((r) => r.id)).toEqual([kept]);
  });

  it("shows meetups that are published or cancelled, and drafts only to their organisers", async () => {
    const [recipient, organiser] = [await newMember(), await newMember({ role: "organiser" })];
    const published = await createPublishedMeetup(organiser);
    const draft = await createDraftMeetup(organiser);
    const commentId = await insertComment({ authorId: organiser, meetupId: published.id });
    const onDraft = await insertComment({ authorId: organiser, meetupId: draft.id });
    for (const recipientId of [recipient, organiser]) {
      await insertNotification({ recipientId, meetupId: published.id, commentId });
      await insertNotification({ recipientId, meetupId: draft.id, commentId: onDraft });
    }
    const rows = await listVisibleNotifications(db, { recipientId: recipient });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ meetup: { slug: published.slug }, solution: null, comment: { id: commentId } });
    expect(notificationHref(rows[0]!)).toBe(`/meetups/${published.slug}#comment-${commentId}`);
    expect(await listVisibleNotifications(db, { recipientId: organiser })).toHaveLength(2);
  });
});

describe("countUnread", () => {
  it("counts the recipient's unread notifications only", async () => {
    const [recipient, other, author] = [await newMember(), await newMember(), await newMember()];
    const solution = await newSolution(author);
    await insertNotification({ recipientId: recipient, solutionId: solution.id });
    await insertNotification({ recipientId: recipient, solutionId: solution.id });
    await insertNotification({ recipientId: recipient, solutionId: solution.id, readAt: new Date() });
    await insertNotification({ recipientId: other, solutionId: solution.id });
    expect(await countUnread(db, recipient)).toBe(2);
    expect(await countUnread(db, await newMember())).toBe(0);
  });

  it("is planned on the partial unread index", async () => {
    const plan = await queryRows<Record<string, string>>(
      sql`explain select count(*) from notifications where recipient_id = 'x' and read_at is null`,
    );
    expect(JSON.stringify(plan)).toContain("notifications_unread_idx");
  });
});

describe("commentExcerpt", () => {
  it("strips Markdown and cuts long text at a word boundary", () => {
    expect(commentExcerpt("# Titel\n\n*kursiv* und `code`")).toBe("Titel kursiv und code");
    const long = "Wort ".repeat(100);
    const excerpt = commentExcerpt(long);
    expect(excerpt.length).toBeLessThanOrEqual(201);
    expect(excerpt.endsWith("Wort…")).toBe(true);
    expect(commentExcerpt("<script>alert(1)</script>Hallo")).not.toContain("<script>");
  });
});
