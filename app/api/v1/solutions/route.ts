import { apiOperations } from "@/lib/api/operations";
import { listRoute } from "@/lib/api/routes";
import { searchPublicSolutions } from "@/lib/solutions/api";
import { solutionList } from "@/lib/solutions/api-schema";

export const GET = listRoute({ operation: apiOperations["/api/v1/solutions"], response: solutionList, load: searchPublicSolutions });
