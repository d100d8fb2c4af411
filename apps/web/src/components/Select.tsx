import type { SelectOption } from '../i18n/options';

/** The <option>s of a select; `emptyLabel` heads the list as the choice that means "none chosen". */
export function OptionList({ emptyLabel, options }: { emptyLabel?: string; options: readonly SelectOption[] }) {
  return (
    <>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

interface FilterSelectProps {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  /** The first choice, e.g. "all kinds"; chosen, it clears the filter (the select reports ''). */
  allLabel?: string;
  onChange: (value: string) => void;
}

/** A labelled select in a list's filter bar: changing it filters at once, so there is no submit. */
export function FilterSelect({ id, label, value, options, allLabel, onChange }: FilterSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <OptionList emptyLabel={allLabel} options={options} />
      </select>
    </div>
  );
}
