import { getTranslations } from "next-intl/server";
import { readSavedFlash, savedFlashMessage } from "@/lib/flash";
import { FlashMessage } from "./flash-message";

/** "Veröffentlicht" / "Gespeichert: Version 3" after a save that redirected here with `?saved=`. */
export async function SavedFlash({ searchParams }: { searchParams: Record<string, string | string[] | undefined> }) {
  const saved = readSavedFlash(searchParams);
  if (saved === null) return null;
  const t = await getTranslations("flash");
  const [key, values] = savedFlashMessage(saved);
  return <FlashMessage>{t(key, values)}</FlashMessage>;
}
