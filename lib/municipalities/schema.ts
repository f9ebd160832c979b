import { z } from "zod";
import { ags, districtCode, optional, pageParams, queryText, stateCode } from "@/lib/validation";

export const municipalitySearchInput = z.object({
  q: queryText(100).meta({ description: "Name (typo tolerant), AGS or AGS prefix, or postcode." }),
  state: optional(stateCode()).meta({ description: "Two-digit state code, e.g. 08." }),
  district: optional(districtCode()).meta({ description: "Five-digit district code, e.g. 08119." }),
  ...pageParams,
});
export type MunicipalitySearch = z.infer<typeof municipalitySearchInput>;

export const agsParam = ags();
