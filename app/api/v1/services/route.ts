import { apiOperations } from "@/lib/api/operations";
import { listRoute } from "@/lib/api/routes";
import { serviceList } from "@/lib/services/api-schema";
import { searchServices } from "@/lib/services/queries";

export const GET = listRoute({ operation: apiOperations["/api/v1/services"], response: serviceList, load: searchServices });
