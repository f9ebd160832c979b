import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { listComments } from "@/lib/discussion/queries";
import { insertComment, newMember, newSolution } from "@/lib/notifications/test-fixtures";
import { getSolutionBySlug } from "./queries";
import { listRevisionChanges } from "./revisions";

// Account deletion deletes the users row (references are set null): their content must stay readable.
describe("content of a deleted member", () => {
  it("keeps the solution, its history and the comment, without an author", async () => {
    const author = await newMember();
    const { id, slug } = await newSolution(author);
    await insertComment({ authorId: author, solutionId: id });
    await db.delete(users).where(eq(users.id, author));

    const solution = await getSolutionBySlug(slug);
    expect(solution?.id).toBe(id);
    expect(solution?.author).toBeNull();
    const history = await listRevisionChanges(slug);
    expect(history.length).toBeGreaterThan(0);
    expect(history[0]!.editorName).toBeNull();
    const list = await listComments({ solutionId: id });
    expect(list).toHaveLength(1);
    expect(list[0]!.authorName).toBeNull();
  });
});
