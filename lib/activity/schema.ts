import { z } from "zod";
import { optional, pageParams, stateCode, themenfeldId } from "@/lib/validation";

/** The filters of /activity and /activity.atom. */
export const activityFilterInput = z.object({
  state: optional(stateCode()).meta({ description: "Two-digit state code: where it happened (the municipality, or the meeting's host)." }),
  themenfeld: optional(themenfeldId()).meta({ description: "Themenfeld of the solution (or of a solution on the meeting's agenda)." }),
});
export type ActivityFilters = z.output<typeof activityFilterInput>;

export const activityListInput = activityFilterInput.extend({ ...pageParams });
export type ActivityListSearch = z.output<typeof activityListInput>;
