import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../api/error-messages';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from './ConfirmDialog';

export interface RecordDeletion {
  confirming: boolean;
  deleting: boolean;
  /** Why the last delete failed; cleared when the user asks to delete again (shown by DeletionError). */
  error: unknown;
  ask: () => void;
  cancel: () => void;
  confirm: (remove: () => Promise<unknown>, after: { listPath: string; name: string }) => Promise<void>;
}

/**
 * Deleting the record a page shows: ask, confirm, then back to the list with a flash; a refusal
 * closes the dialog and is shown (and focused, so it is announced) under the heading (DeletionError).
 * Called before the record has loaded, so the record comes in only when the user confirms.
 */
export function useRecordDeletion(): RecordDeletion {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  return {
    confirming,
    deleting,
    error,
    ask: () => {
      setError(null);
      setConfirming(true);
    },
    cancel: () => setConfirming(false),
    confirm: async (remove, { listPath, name }) => {
      setDeleting(true);
      try {
        await remove();
        navigate(listPath, { state: { flash: t('delete.done', { name }) } });
      } catch (e) {
        setError(e);
        setConfirming(false);
      } finally {
        setDeleting(false);
      }
    },
  };
}

interface RecordHeadingProps {
  deletion: RecordDeletion;
  editTo: string;
  /** The heading itself, with whatever goes with it (a badge, the reading). */
  children: ReactNode;
  /** A fuller account of a refused delete than the error's own sentence, or null for that sentence. */
  explainDeleteError?: (error: unknown) => ReactNode | null;
}

/** Why the last delete failed (nothing before that): an alert, focused when it appears so it is announced. */
export function DeletionError({ error, explain }: { error: unknown; explain?: (error: unknown) => ReactNode | null }) {
  const { lang } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error !== null) ref.current?.focus();
  }, [error]);
  if (error === null) return null;
  return (
    <div className="status status--error" role="alert" tabIndex={-1} ref={ref}>
      {explain?.(error) ?? <p>{describeError(error, lang).message}</p>}
    </div>
  );
}

/** A record page's heading with its Edit and Delete buttons, and below it why a delete failed. */
export function RecordHeading({ deletion, editTo, children, explainDeleteError }: RecordHeadingProps) {
  const { t } = useI18n();
  return (
    <>
      <div className="page-heading">
        {children}
        <div className="actions">
          <Link className="button" to={editTo}>
            {t('common.edit')}
          </Link>
          <button type="button" className="button--danger" onClick={deletion.ask}>
            {t('common.delete')}
          </button>
        </div>
      </div>

      <DeletionError error={deletion.error} explain={explainDeleteError} />
    </>
  );
}

/** The "delete this record?" dialog; on confirm, `remove` runs and the user lands on `listPath`. */
export function DeleteConfirmation({
  deletion,
  name,
  remove,
  listPath,
}: {
  deletion: RecordDeletion;
  name: string;
  remove: () => Promise<unknown>;
  listPath: string;
}) {
  const { t } = useI18n();
  return (
    <ConfirmDialog
      open={deletion.confirming}
      title={t('delete.title', { name })}
      confirmLabel={t('delete.confirm')}
      busyLabel={t('common.deleting')}
      busy={deletion.deleting}
      onConfirm={() => void deletion.confirm(remove, { listPath, name })}
      onCancel={deletion.cancel}
    >
      <p>{t('delete.body')}</p>
    </ConfirmDialog>
  );
}
