import { getTranslations } from "next-intl/server";
import { PendingHint } from "@/components/membership/pending-hint";
import { PageHeader } from "@/components/ui/page-header";

/** The page a pending member gets instead of a profile or the directory: why, and how to become verified. */
export async function ProfilesRefused({ title }: { title: string }) {
  const t = await getTranslations("members.refused");
  return (
    <div className="flex flex-col gap-24">
      <PageHeader title={title} />
      <PendingHint reason={{ title: t("title"), body: t("body") }} />
    </div>
  );
}
