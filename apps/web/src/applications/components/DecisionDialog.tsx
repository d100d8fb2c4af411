import { useId, useState } from 'react';
import type { Decision } from '@bussanten/contracts';
import { describeError } from '../../api/error-messages';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/i18n';
import { DECISION_KEYS } from './labels';

export interface DecisionRequest {
  decision: Decision;
  /** The dialog's question, e.g. "宮古市を承認しますか？" or "選択した3件を承認しますか？". */
  title: string;
}

/**
 * Asks for one decision (on one application or on several) with the message that goes to the
 * municipality with it. A refusal stays in the dialog, so the message typed is not lost.
 */
export function DecisionDialog({
  request,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  request: DecisionRequest | null;
  busy: boolean;
  error: unknown;
  onConfirm: (decision: Decision, message: string | null) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [message, setMessage] = useState('');
  const id = useId();
  // Every time the dialog opens it starts with an empty message.
  const open = request !== null;
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setMessage('');
  }
  const keys = request ? DECISION_KEYS[request.decision] : DECISION_KEYS.accepted;
  return (
    <ConfirmDialog
      open={open}
      title={request?.title ?? ''}
      confirmLabel={t(keys.confirm)}
      busyLabel={t(keys.busy)}
      busy={busy}
      // Rejecting is the one decision that turns someone away; the others are routine steps.
      tone={request?.decision === 'rejected' ? 'danger' : 'primary'}
      onConfirm={() => request && onConfirm(request.decision, message.trim() === '' ? null : message.trim())}
      onCancel={onCancel}
    >
      <div className="field">
        <label htmlFor={`${id}-message`}>{t('decision.message')}</label>
        <textarea id={`${id}-message`} rows={4} value={message} aria-describedby={`${id}-hint`} onChange={(e) => setMessage(e.target.value)} />
        <p id={`${id}-hint`} className="hint">
          {t('decision.messageHint')}
        </p>
      </div>
      {error !== null && error !== undefined && (
        <p className="field__error" role="alert">
          {describeError(error, lang).message}
        </p>
      )}
    </ConfirmDialog>
  );
}
