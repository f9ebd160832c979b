import { apiOperations } from "@/lib/api/operations";
import { listRoute } from "@/lib/api/routes";
import { listPublicMeetups } from "@/lib/meetups/api";
import { meetupList } from "@/lib/meetups/api-schema";

export const GET = listRoute({ operation: apiOperations["/api/v1/meetups"], response: meetupList, load: listPublicMeetups });
