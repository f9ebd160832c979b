import { addCoauthor, createSolution } from "@/lib/solutions/mutations";
import { newMember, runId, solutionFormInput } from "@/lib/solutions/test-fixtures";
import { createDraft, createPublished } from "@/lib/meetups/test-fixtures";

export { newMember, runId };

let counter = 0;

/** A published solution by a new author, with a co-author. */
export async function publishedSolution(options: { draft?: boolean } = {}) {
  counter += 1;
  const authorId = await newMember({ name: `Autorin ${counter} ${runId}` });
  const coauthorId = await newMember({ name: `Mitautor ${counter} ${runId}` });
  const made = await createSolution({
    authorId,
    input: solutionFormInput({ title: `Diskussion ${counter} ${runId}`, intent: options.draft ? "draft" : "publish" }),
  });
  if (!made.ok) throw new Error(`createSolution failed: ${JSON.stringify(made.errors)}`);
  const added = await addCoauthor({ authorId, slug: made.slug, coauthorId });
  if (!added.ok) throw new Error(`addCoauthor failed: ${JSON.stringify(added.errors)}`);
  return { id: made.id, slug: made.slug, authorId, coauthorId };
}

export async function publishedMeetup(options: { draft?: boolean } = {}) {
  const organiserId = await newMember({ role: "organiser" });
  const made = options.draft ? await createDraft(organiserId) : await createPublished(organiserId);
  return { id: made.id, slug: made.slug, organiserId };
}
