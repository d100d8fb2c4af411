import type { ReactNode } from 'react';

/** A checkbox (or radio) with its label after it, the way Japanese forms lay them out. */
export function Check({
  id,
  type = 'checkbox',
  name,
  checked,
  disabled,
  onChange,
  describedBy,
  invalid,
  children,
}: {
  id: string;
  type?: 'checkbox' | 'radio';
  name?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  describedBy?: string;
  invalid?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`check${disabled ? ' check--disabled' : ''}`}>
      <input
        id={id}
        type={type}
        name={name}
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}
