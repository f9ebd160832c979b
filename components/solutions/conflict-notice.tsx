"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { changedFields } from "@/lib/solutions/form-values";
import { FieldChangesTable } from "./field-changes-table";

type Props = {
  conflict: { values: Record<string, string>; changedBy: string | null; changedAt: string };
  mine: Record<string, string>;
};

/** Shows what the other person saved next to what this member typed; their text stays in the form. */
export function ConflictNotice({ conflict, mine }: Props) {
  const t = useTranslations("solutions");
  const format = useFormatter();
  const changes = changedFields(conflict.values, mine);
  return (
    <Alert variant="warning" role="alert" title={t("form.conflictTitle")} bodyClassName="flex flex-col gap-12">
        <p className="kern-body">
          {t("form.conflictText", {
            name: conflict.changedBy ?? "–",
            date: format.dateTime(new Date(conflict.changedAt), { dateStyle: "medium", timeStyle: "short" }),
          })}
        </p>
        {changes.length > 0 ? (
          <FieldChangesTable
            changes={changes}
            fieldLabel={(field) => t(`fields.${field}`)}
            headings={[t("form.conflictField"), t("form.conflictTheirs"), t("form.conflictYours")]}
          />
        ) : null}
    </Alert>
  );
}
