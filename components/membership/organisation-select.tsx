import { SelectField } from "@/components/ui/select-field";

export type OrganisationOption = { id: string; name: string; stateName?: string };

type Props = {
  label: string;
  hint?: string;
  /** The first option, for "none chosen". */
  emptyLabel: string;
  organisations: OrganisationOption[];
  errors?: string[];
  value?: string;
};

/** The `organisationId` choice of the join, domain and invitation forms: name, and the state when known. */
export function OrganisationSelect({ label, hint, emptyLabel, organisations, errors, value }: Props) {
  return (
    <SelectField name="organisationId" label={label} hint={hint} errors={errors} defaultValue={value ?? ""}>
      <option value="">{emptyLabel}</option>
      {organisations.map((o) => (
        <option key={o.id} value={o.id}>
          {o.stateName ? `${o.name} (${o.stateName})` : o.name}
        </option>
      ))}
    </SelectField>
  );
}
