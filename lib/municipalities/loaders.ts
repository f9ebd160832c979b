import "server-only";
import { cache } from "react";
import { getMunicipalityByAgs } from "./queries";
import { agsParam } from "./schema";

/** The municipality behind an AGS (null when malformed or unknown), read once per request. */
export const loadMunicipalityPage = cache(async (ags: string) => (agsParam.safeParse(ags).success ? getMunicipalityByAgs(ags) : null));
