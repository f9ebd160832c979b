import "server-only";
import { and, eq, exists, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { comments, meetups, solutionCoauthors, solutions, users } from "@/db/schema";
import { moderatorRoles } from "@/lib/solutions/permissions";

/**
 * The member is verified and has a complete profile (name and municipality): only they may write.
 * Pending members read and apply (issue 12); the discussion is the circle's.
 */
export function maySpeak(memberId: string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(users)
      .where(and(eq(users.id, memberId), eq(users.status, "verified"), isNotNull(users.name), isNotNull(users.municipalityAgs))),
  );
}

/** The member is a moderator or an admin (read in the statement, so a demotion counts at once). */
export function isModeratorSql(memberId: string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(users)
      .where(and(eq(users.id, memberId), inArray(users.role, [...moderatorRoles]))),
  );
}

/**
 * A solution that takes comments from this member: published, and one they may see (comments
 * follow their solution, lib/visibility: a network solution takes comments from verified members
 * only; a hidden one from nobody). The member's status is read in the statement.
 */
export function openSolution(solutionId: string, memberId: string): SQL {
  const verified = exists(db.select({ one: sql`1` }).from(users).where(and(eq(users.id, memberId), eq(users.status, "verified"))));
  return exists(
    db
      .select({ one: sql`1` })
      .from(solutions)
      .where(and(eq(solutions.id, solutionId), eq(solutions.state, "published"), sql`${solutions.hiddenAt} is null`, or(eq(solutions.visibility, "public"), verified))),
  );
}

/** A meetup that takes comments: published (a cancelled one keeps its thread, read-only). */
export function openMeetup(meetupId: string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(meetups)
      .where(and(eq(meetups.id, meetupId), eq(meetups.state, "published"))),
  );
}

/** For the comment row in scope: its author or a moderator may edit and delete it. */
export function commentEditableBy(memberId: string): SQL {
  return or(eq(comments.authorId, memberId), isModeratorSql(memberId))!;
}

/**
 * For the question row in scope (a comment on a solution): the solution's author, a co-author, or a
 * moderator may mark its answer. The solution must still be published.
 */
export function answerMarkableBy(memberId: string): SQL {
  const solution = alias(solutions, "answered_solution");
  return and(
    exists(
      db
        .select({ one: sql`1` })
        .from(solution)
        .where(
          and(
            eq(solution.id, comments.solutionId),
            eq(solution.state, "published"),
            or(
              eq(solution.authorId, memberId),
              isModeratorSql(memberId),
              exists(
                db
                  .select({ one: sql`1` })
                  .from(solutionCoauthors)
                  .where(and(eq(solutionCoauthors.solutionId, solution.id), eq(solutionCoauthors.userId, memberId))),
              ),
            ),
          ),
        ),
    ),
  )!;
}
