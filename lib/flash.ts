import { z } from "zod";
import { firstValues } from "./search-params";

/**
 * What a save that redirected tells the page it lands on (`?saved=published`): published, saved as
 * a draft, saved, saved as version N, "you are the contact now" (the handover's take-over), or a member suspended or let back in (the members list, where a status filter may no longer show the row). Only these values are shown, so a hand-made link cannot put
 * text of its own on the page.
 */
export const savedFlash = z.union([z.enum(["published", "draft", "saved", "contact", "suspended", "lifted"]), z.coerce.number().int().min(1).max(2_147_483_647)]);

export type SavedFlash = z.infer<typeof savedFlash>;

export function readSavedFlash(params: Record<string, string | string[] | undefined>): SavedFlash | null {
  const parsed = savedFlash.safeParse(firstValues(params).saved);
  return parsed.success ? parsed.data : null;
}

/** The message key and values for a flash (`flash.version` with `{ version: 3 }`). */
export function savedFlashMessage(saved: SavedFlash): [key: string, values?: { version: number }] {
  return typeof saved === "number" ? ["version", { version: saved }] : [saved];
}
