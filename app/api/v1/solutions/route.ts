import { apiOperations } from "@/lib/api/operations";
import { listRoute } from "@/lib/api/routes";
import { searchSolutions } from "@/lib/search/solution-queries";
import { toSolutionListDto } from "@/lib/solutions/api";
import { solutionList } from "@/lib/solutions/api-schema";

// The catalogue search (lib/search) in the API's list shape (lib/solutions/api.ts); anonymous: no viewer.
export const GET = listRoute({
  operation: apiOperations["/api/v1/solutions"],
  response: solutionList,
  load: async (search) => toSolutionListDto(await searchSolutions(search)),
});
