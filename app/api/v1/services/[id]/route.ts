import { badKeys, detailRoute } from "@/lib/api/routes";
import { apiOperations } from "@/lib/api/operations";
import { serviceDetail } from "@/lib/services/api-schema";
import { getServiceById } from "@/lib/services/queries";
import { listMunicipalitiesRunningService } from "@/lib/solutions/live-queries";

export const GET = detailRoute({
  operation: apiOperations["/api/v1/services/{id}"],
  response: serviceDetail,
  badKey: badKeys.serviceId,
  load: async ({ id }) => {
    const [service, liveIn] = await Promise.all([getServiceById(id), listMunicipalitiesRunningService(id)]);
    return service ? { ...service, liveIn } : null;
  },
  notFound: ({ id }) => `No OZG service with id ${id}.`,
});
