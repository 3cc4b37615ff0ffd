import { Dropdown, Field, Option } from "@fluentui/react-components";

/** One choice out of a few, as a labelled dropdown: the Seating screen's variant, chair and grouping. */
export function ChoicePicker<C extends string>({
  label,
  hint,
  value,
  options,
  labelOf,
  disabled,
  className,
  onChange,
}: {
  label: string;
  hint?: string;
  value: C;
  options: readonly C[];
  labelOf: (c: C) => string;
  disabled: boolean;
  className?: string;
  onChange: (c: C) => void;
}) {
  return (
    <Field label={label} hint={hint}>
      <Dropdown
        className={className}
        value={labelOf(value)}
        selectedOptions={[value]}
        disabled={disabled}
        onOptionSelect={(_, d) => {
          if (d.optionValue) onChange(d.optionValue as C);
        }}
      >
        {options.map((v) => (
          <Option key={v} value={v}>
            {labelOf(v)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
