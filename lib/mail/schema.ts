import { z } from "zod";
import { queryText } from "@/lib/validation";

/** `/dev/mail?to=`: only the mails to one address (the whole address, in any case); without it the newest of all. */
export const outboxFilterInput = z.object({
  to: queryText(320),
});
