import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { takeOverContactAction } from "@/lib/handover/actions";
import { contactLeftState } from "@/lib/handover/queries";
import { TakeOverContactForm } from "./take-over-contact-form";

/** "Die Ansprechperson ist nicht mehr dabei", with "Ich übernehme" for the municipality's verified members. */
export async function ContactLeftNotice({ solutionId, slug, viewerId }: { solutionId: string; slug: string; viewerId: string | null }) {
  const state = await contactLeftState(solutionId, viewerId);
  if (!state.left) return null;
  const t = await getTranslations("handover.contact");
  return (
    <Alert variant="info" title={t("leftTitle")}>
      <div className="flex flex-col gap-12">
        <p className="kern-body">{t("left")}</p>
        {state.canTakeOver ? (
          <ClientMessages keys={["handover", "errors"]}>
            <TakeOverContactForm action={takeOverContactAction} slug={slug} />
          </ClientMessages>
        ) : null}
      </div>
    </Alert>
  );
}
