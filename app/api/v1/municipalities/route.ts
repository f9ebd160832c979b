import { apiOperations } from "@/lib/api/operations";
import { listRoute } from "@/lib/api/routes";
import { municipalityList } from "@/lib/municipalities/api-schema";
import { searchMunicipalities } from "@/lib/municipalities/queries";

export const GET = listRoute({ operation: apiOperations["/api/v1/municipalities"], response: municipalityList, load: searchMunicipalities });
