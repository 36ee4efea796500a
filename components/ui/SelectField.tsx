// A labelled drop-down of the options pages: the label above, the choices as [value, shown text].

export interface SelectFieldProps<T extends string> {
  /** Shown above the select (already translated). */
  label: string;
  testId: string;
  value: T;
  options: readonly (readonly [value: T, text: string])[];
  onChange(value: T): void;
}

export function SelectField<T extends string>({
  label,
  testId,
  value,
  options,
  onChange,
}: SelectFieldProps<T>) {
  return (
    <label className="field">
      <span>{label}</span>
      <select
        data-testid={testId}
        value={value}
        // The select offers exactly `options`, so its value is one of them.
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
