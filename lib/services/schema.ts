import { z } from "zod";
import { optional, pageParams, queryText, serviceId, themenfeldId } from "@/lib/validation";

export const serviceSearchInput = z.object({
  q: queryText(100).meta({ description: "Matches service names and the names of their LeiKa services, typo tolerant." }),
  themenfeld: optional(themenfeldId()).meta({ description: "Themenfeld id." }),
  ...pageParams,
});
export type ServiceSearch = z.infer<typeof serviceSearchInput>;

/** An OZG-ID in a path: digits only (no "1e3", no "+5"). */
export const serviceIdParam = z.preprocess((value) => (typeof value === "string" && !/^\d{1,9}$/.test(value) ? Number.NaN : value), serviceId());
