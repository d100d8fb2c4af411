import type { SelectOption } from '../../i18n/options';
import { FieldShell } from '../../components/Field';
import { OptionList } from '../../components/Select';

/** A labelled select inside the appearance dialogs, with the control's own messages under it. */
export function DialogSelect({
  id,
  label,
  value,
  options,
  emptyLabel,
  messages = [],
  required,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  emptyLabel?: string;
  messages?: readonly string[];
  required?: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <FieldShell id={id} label={label} messages={messages} required={required}>
      {(aria) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...aria}>
          <OptionList emptyLabel={emptyLabel} options={options} />
        </select>
      )}
    </FieldShell>
  );
}

/** A labelled input inside the appearance dialogs. */
export function DialogInput({
  id,
  label,
  value,
  type = 'text',
  hint,
  messages = [],
  required,
  inputMode,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  type?: string;
  hint?: string;
  messages?: readonly string[];
  required?: boolean;
  inputMode?: 'numeric';
  onChange: (value: string) => void;
}) {
  return (
    <FieldShell id={id} label={label} hint={hint} messages={messages} required={required}>
      {(aria) => (
        <input
          id={id}
          type={type}
          inputMode={inputMode}
          autoComplete="off"
          // Times snap to the grid's quarter hours, but any minute may be typed.
          step={type === 'time' ? 60 : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...aria}
        />
      )}
    </FieldShell>
  );
}
