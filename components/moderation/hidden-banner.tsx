import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";

/** On a hidden solution's page (seen by its authors and moderators only): "Ausgeblendet: <note>". */
export async function HiddenSolutionBanner({ note }: { note: string | null }) {
  const t = await getTranslations("moderation.banner");
  return (
    <Alert variant="warning" title={t("solutionTitle", { note: note ?? "–" })}>
      <p className="kern-body">{t("solutionText")}</p>
    </Alert>
  );
}
