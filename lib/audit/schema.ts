import { z } from "zod";
import { auditActions } from "@/db/schema/membership-enums";
import { blankToUndefined } from "@/lib/input-coercion";
import { berlinWallTimeToUtc } from "@/lib/meetups/time";
import { page, queryText } from "@/lib/validation";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day after "2027-03-28" (a valid date), as a date string. */
function nextDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!) + DAY_MS).toISOString().slice(0, 10);
}

/** A calendar day as <input type="date"> sends it, read in Berlin time: the instant its day starts. */
const berlinDay = (message: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: message })
      .max(10, message)
      .transform((value, ctx) => {
        const start = berlinWallTimeToUtc(value, "00:00");
        if (!start.ok) {
          ctx.addIssue({ code: "custom", message });
          return z.NEVER;
        }
        return { day: value, start: start.value, end: berlinWallTimeToUtc(nextDay(value), "00:00") };
      })
      .optional(),
  );

/**
 * The audit page's and the CSV export's filters. `from`/`to` are whole days in Berlin time, both
 * included; a malformed or impossible date is a message on its field, never a 500.
 */
export const auditFilterInput = z
  .object({
    action: z.preprocess(blankToUndefined, z.enum(auditActions, { error: "audit.errors.actionInvalid" }).optional()),
    actor: queryText(100),
    subject: queryText(100),
    from: berlinDay("audit.errors.dateInvalid"),
    to: berlinDay("audit.errors.dateInvalid"),
    page: page(),
  })
  .transform(({ from, to, ...rest }) => ({
    ...rest,
    from: from?.day,
    to: to?.day,
    since: from?.start,
    until: to?.end.ok ? to.end.value : undefined,
  }))
  .refine((f) => !f.since || !f.until || f.since < f.until, { path: ["to"], message: "audit.errors.dateOrder" });
export type AuditFilter = z.infer<typeof auditFilterInput>;
