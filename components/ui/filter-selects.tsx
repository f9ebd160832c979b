import { SelectField } from "./select-field";

type Props<T> = { name?: string; label: string; allLabel: string; value: string; options: T[] };

/** The state filter every list offers; "" means all states. */
export function StateSelect({ name = "state", label, allLabel, value, options }: Props<{ code: string; name: string }>) {
  return (
    <SelectField name={name} label={label} defaultValue={value}>
      <option value="">{allLabel}</option>
      {options.map((s) => (
        <option key={s.code} value={s.code}>
          {s.name}
        </option>
      ))}
    </SelectField>
  );
}

/** The Themenfeld filter every list offers; "" means all. */
export function ThemenfeldSelect({ name = "themenfeld", label, allLabel, value, options }: Props<{ id: number; name: string }>) {
  return (
    <SelectField name={name} label={label} defaultValue={value}>
      <option value="">{allLabel}</option>
      {options.map((tf) => (
        <option key={tf.id} value={tf.id}>
          {tf.name}
        </option>
      ))}
    </SelectField>
  );
}
