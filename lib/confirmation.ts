import { z } from "zod";

/** The ticked box of a ConfirmedActionForm: without it, nothing irreversible happens. */
export const confirmationInput = z.object({
  confirm: z.literal("yes", { error: "errors.confirmRequired" }),
});
