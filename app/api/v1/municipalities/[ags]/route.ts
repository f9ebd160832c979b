import { badKeys, detailRoute } from "@/lib/api/routes";
import { apiOperations } from "@/lib/api/operations";
import { municipalityDetail } from "@/lib/municipalities/api-schema";
import { getMunicipalityByAgs } from "@/lib/municipalities/queries";
import { listServicesRunningIn } from "@/lib/solutions/live-queries";

export const GET = detailRoute({
  operation: apiOperations["/api/v1/municipalities/{ags}"],
  response: municipalityDetail,
  badKey: badKeys.ags,
  load: async ({ ags }) => {
    const [municipality, liveServices] = await Promise.all([getMunicipalityByAgs(ags), listServicesRunningIn(ags)]);
    return municipality ? { ...municipality, liveServices } : null;
  },
  notFound: ({ ags }) => `No municipality with AGS ${ags}.`,
});
