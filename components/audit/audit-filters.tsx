import { getTranslations } from "next-intl/server";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { auditActions } from "@/db/schema/membership-enums";
import { Link } from "@/i18n/navigation";

type Props = {
  /** What the reader typed, as it came in: kept in the fields even when a value was refused. */
  raw: Record<string, string>;
  errors: Record<string, string[]>;
  csvHref: string;
};

/** The audit page's filters, a plain GET form (works without JavaScript), and the CSV link with the same filters. */
export async function AuditFilters({ raw, errors, csvHref }: Props) {
  const t = await getTranslations("audit");
  // Translation keys: the fields translate them.
  const messages = (field: string) => errors[field];
  return (
    <form role="search" method="get" className="flex flex-col gap-16" aria-label={t("filters.title")}>
      <div className="grid gap-16 md:grid-cols-2 lg:grid-cols-3">
        <SelectField name="action" label={t("filters.action")} defaultValue={auditActions.includes(raw.action as never) ? raw.action : ""} errors={messages("action")}>
          <option value="">{t("filters.actionAll")}</option>
          {auditActions.map((action) => (
            <option key={action} value={action}>
              {t(`actions.${action}`)}
            </option>
          ))}
        </SelectField>
        <Field name="actor" type="search" label={t("filters.actor")} maxLength={100} defaultValue={raw.actor ?? ""} errors={messages("actor")} />
        <Field name="subject" type="search" label={t("filters.subject")} maxLength={100} defaultValue={raw.subject ?? ""} errors={messages("subject")} />
        <Field name="from" type="date" label={t("filters.from")} defaultValue={raw.from ?? ""} errors={messages("from")} />
        <Field name="to" type="date" label={t("filters.to")} defaultValue={raw.to ?? ""} errors={messages("to")} />
      </div>
      <div className="flex flex-wrap items-center gap-16">
        <SubmitButton label={t("filters.submit")} />
        <Link href="/admin/audit" className="kern-link">
          {t("filters.reset")}
        </Link>
        {/* A plain link: the browser downloads the file (Content-Disposition). */}
        <a href={csvHref} className="kern-btn kern-btn--secondary no-underline" download>
          <span className="kern-label">{t("filters.csv")}</span>
        </a>
      </div>
    </form>
  );
}
