import "server-only";
import { cache } from "react";
import { getServiceById } from "./queries";
import { serviceIdParam } from "./schema";

/** The OZG service behind a path segment (null when malformed or unknown), read once per request. */
export const loadServicePage = cache(async (id: string) => {
  const parsed = serviceIdParam.safeParse(id);
  return parsed.success && /^\d+$/.test(id) ? getServiceById(parsed.data) : null;
});
