import { sql, type SQL } from "drizzle-orm";
import { comments, solutions } from "@/db/schema";
import { isModerator, seesNetworkContent, type Viewer } from "./rules";

export { type Viewer } from "./rules";

/**
 * The one SQL condition for "this viewer may see this published solution in a list, a search, a
 * feed, the API, the sitemap or a notification": public ones for everybody, network ones for
 * verified members; hidden ones for nobody but moderators (who review them in the queue).
 * Combine it with the query's own `state = 'published'`.
 */
export function solutionVisibleTo(viewer: Viewer): SQL {
  const visibility = seesNetworkContent(viewer) ? sql`true` : sql`${solutions.visibility} = 'public'`;
  const hidden = isModerator(viewer) ? sql`true` : sql`${solutions.hiddenAt} is null`;
  return sql`(${visibility} and ${hidden})`;
}

/**
 * A single solution's page: as solutionVisibleTo, and its own authors (author or co-author) also see
 * it while it is hidden, with the moderator's note.
 */
export function solutionPageVisibleTo(viewer: Viewer): SQL {
  if (!viewer) return solutionVisibleTo(viewer);
  const ownSolution = sql`(${solutions.authorId} = ${viewer.id} or exists (select 1 from solution_coauthors sc where sc.solution_id = ${solutions.id} and sc.user_id = ${viewer.id}))`;
  return sql`(${solutionVisibleTo(viewer)} or (${ownSolution} and ${solutions.hiddenAt} is not null and (${solutions.visibility} = 'public' or ${seesNetworkContent(viewer) ? sql`true` : sql`false`})))`;
}

/** Comments follow their solution (checked by the caller's join); hidden comments are shown as such to others. */
export function commentBodyVisibleTo(viewer: Viewer): SQL {
  if (isModerator(viewer)) return sql`true`;
  if (!viewer) return sql`${comments.hiddenAt} is null`;
  return sql`(${comments.hiddenAt} is null or ${comments.authorId} = ${viewer.id})`;
}
