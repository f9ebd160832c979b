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

type DistrictProps = { label: string; allLabel: string; chooseStateFirst: string; value: string; options: { code: string; name: string; type: string }[] };

/** The district filter: offered once a state is chosen (its districts), otherwise a hint to choose one. */
export function DistrictSelect({ label, allLabel, chooseStateFirst, value, options }: DistrictProps) {
  if (options.length === 0) return <p className="kern-hint self-end">{chooseStateFirst}</p>;
  return (
    <SelectField name="district" label={label} defaultValue={value}>
      <option value="">{allLabel}</option>
      {options.map((d) => (
        <option key={d.code} value={d.code}>
          {d.name} ({d.type})
        </option>
      ))}
    </SelectField>
  );
}
