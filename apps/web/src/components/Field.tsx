import type { ReactNode } from 'react';
import type { SelectOption } from '../i18n/options';
import { useI18n } from '../i18n/i18n';
import { controlAria, type BoundField } from './form-helpers';
import { FieldMessages, Required } from './FormErrors';
import { OptionList } from './Select';

interface FieldShellProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  messages?: readonly string[];
  children: (aria: { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined; required: boolean | undefined }) => ReactNode;
}

/** Label, control, hint and the control's own error messages, wired together with ids. */
export function FieldShell({ id, label, required, hint, messages = [], children }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  return (
    <div className={`field${messages.length > 0 ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <Required />}
      </label>
      {children({ ...controlAria(messages, { errorId, hintId }), required })}
      {hint && hintId && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <FieldMessages id={errorId} messages={messages} />
    </div>
  );
}

/** What every form field is given: its binding to the form's values plus the words around it. */
type FieldProps = BoundField & { label: string; required?: boolean; hint?: string };

interface TextFieldProps extends FieldProps {
  type?: string;
  inputMode?: 'numeric' | 'decimal' | 'url';
  lang?: string;
  /** 'off' unless said: the registry's values are not the user's own, so the browser's memory only gets in the way. */
  autoComplete?: string;
}

export function TextField({
  id,
  name,
  value,
  onChange,
  messages,
  label,
  required,
  hint,
  type = 'text',
  inputMode,
  lang,
  autoComplete = 'off',
}: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} messages={messages}>
      {(aria) => (
        <input id={id} name={name} type={type} inputMode={inputMode} lang={lang} autoComplete={autoComplete} value={value} onChange={onChange} {...aria} />
      )}
    </FieldShell>
  );
}

export function TextAreaField({ id, name, value, onChange, messages, label, required, hint, rows = 4 }: FieldProps & { rows?: number }) {
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} messages={messages}>
      {(aria) => <textarea id={id} name={name} rows={rows} value={value} onChange={onChange} {...aria} />}
    </FieldShell>
  );
}

/** A select whose first choice, "please choose", leaves the field empty for validation to catch. */
export function SelectField({ id, name, value, onChange, messages, label, required, hint, options }: FieldProps & { options: readonly SelectOption[] }) {
  const { t } = useI18n();
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} messages={messages}>
      {(aria) => (
        <select id={id} name={name} value={value} onChange={onChange} {...aria}>
          <OptionList emptyLabel={t('form.select')} options={options} />
        </select>
      )}
    </FieldShell>
  );
}
