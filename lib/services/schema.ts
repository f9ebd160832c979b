import { z } from "zod";
import { emptyToUndefined, optionalText, pageParams } from "@/lib/pagination";

export const serviceSearchInput = z.object({
  q: optionalText(100),
  themenfeld: z.preprocess(emptyToUndefined, z.coerce.number({ error: "errors.themenfeldInvalid" }).int("errors.themenfeldInvalid").positive("errors.themenfeldInvalid").optional()),
  ...pageParams,
});
export type ServiceSearch = z.infer<typeof serviceSearchInput>;

export const serviceIdParam = z.coerce.number({ error: "errors.serviceIdInvalid" }).int("errors.serviceIdInvalid").min(1, "errors.serviceIdInvalid").max(99_999, "errors.serviceIdInvalid");
