import { z } from "zod";

// What the mark-read forms send. Ids are bigserials; a group key is what the jobs write
// ("comment:solution:<uuid>"), never longer than a few dozen characters.
const notificationId = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const markReadInput = z.union([
  z.object({ id: notificationId }),
  z.object({ group: z.string().min(1).max(200).regex(/^[a-z_]+(:[A-Za-z0-9_-]+)+$/) }),
]);

export const notificationsPage = z.coerce.number().int().min(1).max(100_000).catch(1);
