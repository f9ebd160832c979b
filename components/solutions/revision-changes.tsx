import { getTranslations } from "next-intl/server";
import type { changedFields } from "@/lib/solutions/form-values";
import { FieldChangesTable } from "./field-changes-table";

type Change = ReturnType<typeof changedFields>[number];

export async function RevisionChanges({ changes, previousVersion }: { changes: Change[]; previousVersion: number }) {
  const t = await getTranslations("solutions");
  if (changes.length === 0) return <p className="kern-body">{t("history.noChanges")}</p>;
  return (
    <FieldChangesTable
      changes={changes}
      fieldLabel={(field) => t(`fields.${field}`)}
      headings={[t("history.field"), t("history.before"), t("history.after")]}
      caption={t("history.changes", { version: previousVersion })}
      marked
    />
  );
}
