import type { ReactNode } from 'react';
import { FieldMessages, Required } from './FormErrors';

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
  const errorId = messages.length > 0 ? `${id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${messages.length > 0 ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <Required />}
      </label>
      {children({ 'aria-invalid': messages.length > 0 ? true : undefined, 'aria-describedby': describedBy, required })}
      {hint && hintId && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {errorId && <FieldMessages id={errorId} messages={messages} />}
    </div>
  );
}
