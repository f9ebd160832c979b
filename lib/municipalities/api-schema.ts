import { z } from "zod";
import { listEnvelope } from "@/lib/api/schemas";

export const municipalityListItem = z.object({
  ags: z.string(),
  name: z.string().meta({ description: 'Official name as in GV100AD, e.g. "Fellbach, Stadt".' }),
  shortName: z.string(),
  type: z.string(),
  population: z.number().int(),
  postalCode: z.string().nullable().meta({ description: "Postcode of the administrative seat." }),
  stateCode: z.string(),
  stateName: z.string(),
  districtCode: z.string(),
  districtName: z.string(),
});

export const municipalityList = listEnvelope(municipalityListItem);
export type MunicipalityListDto = z.infer<typeof municipalityList>;

export const municipalityDetail = municipalityListItem.extend({
  ars: z.string(),
  verbandName: z.string().nullable(),
  areaKm2: z.number(),
  postalCodeUnique: z.boolean(),
  districtFullName: z.string(),
  districtType: z.string(),
  liveServices: z.array(z.object({ id: z.number().int(), name: z.string() })).meta({
    description:
      "OZG services the municipality runs live: by a published live solution of its own, or by reusing another municipality's published solution live.",
  }),
});
export type MunicipalityDetailDto = z.infer<typeof municipalityDetail>;
