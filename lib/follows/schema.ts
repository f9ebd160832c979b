import { z } from "zod";
import { followTargets, type FollowTarget } from "@/db/schema/discussion-enums";
import { AGS_PATTERN, isUuid, MAX_SERVICE_ID, PG_INT_MAX } from "@/lib/validation";

const NOT_FOUND = "follows.notFound";

/** Whether `targetId` has the shape ids of `target` have; anything else is "not found" before any SQL. */
export function isTargetId(target: FollowTarget, targetId: string): boolean {
  switch (target) {
    case "solution":
    case "meetup":
      return isUuid(targetId);
    case "service":
    case "themenfeld": {
      if (!/^[1-9]\d{0,9}$/.test(targetId)) return false;
      return Number(targetId) <= (target === "service" ? MAX_SERVICE_ID : PG_INT_MAX);
    }
    case "municipality":
      return AGS_PATTERN.test(targetId);
    case "member":
      // Member ids are UUIDs or Auth.js ids: short, printable, no spaces.
      return /^[A-Za-z0-9_-]{1,64}$/.test(targetId);
  }
}

/** The follow button's form: what to follow, and the state the member wants (so a form sent twice does not undo itself). */
export const followInput = z
  .object({
    target: z.enum(followTargets, { error: NOT_FOUND }),
    targetId: z.string({ error: NOT_FOUND }).trim().max(64, NOT_FOUND),
    follow: z.enum(["true", "false"], { error: NOT_FOUND }).transform((v) => v === "true"),
    returnTo: z.string().max(2000).optional(),
  })
  .refine((v) => isTargetId(v.target, v.targetId), { message: NOT_FOUND });
export type FollowInput = z.output<typeof followInput>;
