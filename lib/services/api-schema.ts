import { z } from "zod";
import { listEnvelope } from "@/lib/api/schemas";

export const serviceListItem = z.object({
  id: z.number().int().meta({ description: "OZG-ID" }),
  name: z.string(),
  themenfeldId: z.number().int(),
  themenfeld: z.string(),
  lebenslage: z.string(),
});

export const serviceList = listEnvelope(serviceListItem);
export type ServiceListDto = z.infer<typeof serviceList>;

export const serviceDetail = serviceListItem.extend({
  leika: z.array(
    z.object({
      id: z.number().int(),
      key: z.string().nullable().meta({ description: '14-digit LeiKa key; null where the source marks "nicht im LeiKa".' }),
      name: z.string(),
      type: z.string().nullable(),
    }),
  ),
  liveIn: z.array(z.object({ ags: z.string(), name: z.string() })).meta({
    description:
      "Municipalities that run the service live: by a published live solution of their own, or by reusing another municipality's published solution live.",
  }),
});
export type ServiceDetailDto = z.infer<typeof serviceDetail>;
