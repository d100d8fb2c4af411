import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** 'danger' (the default) for deleting or withdrawing; 'primary' for routine steps such as a status change. */
  tone?: 'danger' | 'primary';
  /** Confirming is not possible yet (what it would do is still loading, or failed to load); cancelling still is. */
  confirmDisabled?: boolean;
}

/**
 * A modal confirmation on the native <dialog>: the rest of the page is inert while it is open,
 * Escape cancels, focus starts on Cancel (the safe choice) and returns to where it was.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busyLabel,
  busy,
  onConfirm,
  onCancel,
  tone = 'danger',
  confirmDisabled = false,
}: ConfirmDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      const target = returnFocus.current;
      if (target && target.isConnected) target.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        // Escape: we decide, so the dialog's state never drifts from `open`.
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId}>{children}</div>
      <div className="dialog__actions">
        <button ref={cancelRef} type="button" onClick={onCancel} disabled={busy}>
          {t('common.close')}
        </button>
        <button type="button" className={`button--${tone}`} onClick={onConfirm} disabled={busy || confirmDisabled} aria-busy={busy}>
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
