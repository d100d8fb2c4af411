import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal form on the native <dialog>, open for as long as it is rendered: the page behind is
 * inert, Escape closes it (unless busy), focus starts on the first control and returns to where
 * it was. Rendered only while open, so its labels ('ゲスト', '開始') are never on the page twice.
 */
export function FormDialog({
  title,
  busy,
  onClose,
  children,
  wide,
}: {
  title: string;
  busy: boolean;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (returnTo && returnTo.isConnected) returnTo.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog--wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        // Escape: the page decides, so the dialog never closes behind its back.
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
