import { z } from "zod";
import { emptyToUndefined, optionalText, pageParams } from "@/lib/pagination";

export const municipalitySearchInput = z.object({
  q: optionalText(100),
  state: z.preprocess(emptyToUndefined, z.string().regex(/^\d{2}$/, "errors.stateInvalid").optional()),
  district: z.preprocess(emptyToUndefined, z.string().regex(/^\d{5}$/, "errors.districtInvalid").optional()),
  ...pageParams,
});
export type MunicipalitySearch = z.infer<typeof municipalitySearchInput>;

export const agsParam = z.string().regex(/^\d{8}$/, "errors.agsInvalid");
