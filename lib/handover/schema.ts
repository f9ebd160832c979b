import { z } from "zod";
import { memberId } from "@/lib/validation";

/** The handover form: whose contributions (the leaver; the signed-in member unless an admin names one) go to whom. */
export const handoverInput = z.object({
  fromId: memberId("errors.notAllowed"),
  toId: memberId("handover.errors.successorRequired"),
});
export type HandoverInput = z.infer<typeof handoverInput>;

/** "Ansprechperson übernehmen" on a solution whose contact left: the solution's slug. */
export const takeOverContactInput = z.object({
  slug: z.string({ error: "errors.notAllowed" }).trim().min(1, "errors.notAllowed").max(200, "errors.notAllowed"),
});
export type TakeOverContactInput = z.infer<typeof takeOverContactInput>;
