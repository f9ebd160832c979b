import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FieldError } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { defaultMembersOnlyFieldGroups, membersOnlyFieldGroups, solutionVisibilities } from "@/db/schema/membership-enums";
import { MEMBERS_ONLY_MARKER, membersOnlyName } from "@/lib/solutions/form-values";

type Props = {
  values: Record<string, string>;
  errors: Record<string, string[]>;
};

/**
 * "Sichtbarkeit": public or network-only (a radio group), and within a public solution the field
 * groups only verified members see. Both are plain form controls, so this works without JavaScript;
 * the boxes stay offered for a network solution (they apply again if it is made public).
 */
export function VisibilityFieldset({ values, errors }: Props) {
  const t = useTranslations("visibility.form");
  const chosen = values.visibility || "public";
  // A new form has no stored choice yet: the contact starts members-only, as in the database.
  const fresh = !values[MEMBERS_ONLY_MARKER];
  const ticked = (group: (typeof membersOnlyFieldGroups)[number]) =>
    fresh ? defaultMembersOnlyFieldGroups.includes(group) : values[membersOnlyName(group)] === "on";
  return (
    <fieldset className="kern-fieldset flex flex-col gap-16">
      <legend className="kern-heading-medium">{t("legend")}</legend>
      <RadioGroup
        idPrefix="visibility"
        name="visibility"
        legend={t("who")}
        options={solutionVisibilities.map((visibility) => ({ value: visibility, label: t(`options.${visibility}`), hint: t(`hints.${visibility}`) }))}
        chosen={chosen}
        errors={errors.visibility}
      />
      <fieldset className="kern-fieldset" aria-describedby="membersOnly-hint">
        <legend className="kern-label">{t("membersOnly")}</legend>
        <p className="kern-hint" id="membersOnly-hint">
          {t("membersOnlyHint")}
        </p>
        <FieldError id="membersOnlyFields-error" errors={errors.membersOnlyFields} />
        <input type="hidden" name={MEMBERS_ONLY_MARKER} value="1" />
        <div className="kern-fieldset__body flex flex-col gap-8" id="membersOnlyFields" tabIndex={-1}>
          {membersOnlyFieldGroups.map((group) => (
            <CheckboxField key={group} name={membersOnlyName(group)} label={t(`groups.${group}`)} checked={ticked(group)} />
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}
