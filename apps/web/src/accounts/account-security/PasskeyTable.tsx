import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { PasskeySummary } from '@bussanten/contracts';
import { describeError, restateAt } from '../../api/error-messages';
import { factorsApi } from '../api/factors';
import { TextField } from '../../components/Field';
import { passkeyNameDetails } from '../components/factor-model';
import { ResultsTable } from '../../components/ListPage';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { invalidateAfter } from '../queries';

interface Props {
  passkeys: readonly PasskeySummary[];
  busy: boolean;
  onRenamed: (passkey: PasskeySummary) => void;
  onRemove: (passkey: PasskeySummary) => void;
}

const renameButtonId = (id: string) => `passkey-rename-${id}`;

/** One's passkeys: name, when added and last used, whether synced; renamed in place, removed after a confirmation (by the page). */
export function PasskeyTable({ passkeys, busy, onRenamed, onRemove }: Props) {
  const { t, lang } = useI18n();
  const [renaming, setRenaming] = useState<string | null>(null);
  // After renaming (or not), the focus goes back to the row's rename button.
  const [returnTo, setReturnTo] = useState<string | null>(null);
  useEffect(() => {
    if (returnTo) document.getElementById(renameButtonId(returnTo))?.focus();
  }, [returnTo]);

  const close = (id: string) => {
    setRenaming(null);
    setReturnTo(id);
  };

  return (
    <ResultsTable
      captionId="passkeys-caption"
      caption={t('security.passkeysCaption')}
      columns={[
        { label: t('security.col.name') },
        { label: t('security.col.created') },
        { label: t('security.col.lastUsed') },
        { label: t('security.col.synced') },
        { label: t('security.col.actions') },
      ]}
    >
      {passkeys.map((p) => (
        <tr key={p.id}>
          <th scope="row">
            {renaming === p.id ? (
              <RenameForm
                passkey={p}
                all={passkeys}
                onCancel={() => close(p.id)}
                onDone={(renamed) => {
                  close(p.id);
                  onRenamed(renamed);
                }}
              />
            ) : (
              p.name
            )}
          </th>
          <td>
            <time dateTime={p.createdAt}>{formatDateTime(p.createdAt, lang)}</time>
          </td>
          <td>
            {p.lastUsedAt ? (
              <time dateTime={p.lastUsedAt}>{formatDateTime(p.lastUsedAt, lang)}</time>
            ) : (
              <span className="muted">{t('security.neverUsed')}</span>
            )}
          </td>
          <td>{p.backedUp ? t('security.synced') : t('security.notSynced')}</td>
          <td>
            <div className="actions">
              {renaming !== p.id && (
                <button
                  id={renameButtonId(p.id)}
                  type="button"
                  disabled={busy}
                  onClick={() => {
                    setReturnTo(null);
                    setRenaming(p.id);
                  }}
                >
                  {t('security.rename')}
                  <span className="sr-only">: {p.name}</span>
                </button>
              )}
              <button type="button" className="button--danger" disabled={busy} onClick={() => onRemove(p)}>
                {t('security.remove')}
                <span className="sr-only">: {p.name}</span>
              </button>
            </div>
          </td>
        </tr>
      ))}
    </ResultsTable>
  );
}

/** The new name of one passkey, in its row; Escape leaves it as it was. */
function RenameForm({
  passkey,
  all,
  onDone,
  onCancel,
}: {
  passkey: PasskeySummary;
  all: readonly PasskeySummary[];
  onDone: (p: PasskeySummary) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const id = `passkey-name-${passkey.id}`;

  const { submission, field } = useRecordForm({
    defaultValues: { name: passkey.name },
    validate: (typed) => passkeyNameDetails(typed.name, all, passkey.id),
    controlId: () => id,
    save: async ({ name }) => {
      if (name.trim() === passkey.name) return passkey;
      try {
        return await factorsApi.renamePasskey(passkey.id, name.trim());
      } catch (e) {
        throw restateAt(e, 'DUPLICATE_PASSKEY_NAME', 'name', 'duplicatePasskeyName');
      }
    },
    onSaved: (saved) => {
      // Unchanged, nothing was sent; renamed, one's factors are stale.
      if (saved !== passkey) void invalidateAfter(queryClient, 'ownFactorDetails');
      onDone(saved);
    },
  });
  // On opening, and after each refused try (its reason is the field's description, read with it).
  useEffect(() => {
    const input = document.getElementById(id);
    if (input instanceof HTMLInputElement) {
      input.focus();
      input.select();
    }
  }, [id, submission.attempts]);
  const fieldMessages = submission.byField['name'];
  const otherFailure = submission.failure !== null && !fieldMessages ? describeError(submission.failure, lang).message : null;

  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={submission.onSubmit}
      aria-busy={submission.saving}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !submission.saving) {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <TextField {...field('name')} label={t('security.newName', { name: passkey.name })} />
      {otherFailure && (
        <p className="field__error" role="alert">
          {otherFailure}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button--primary" disabled={submission.saving}>
          {submission.saving ? t('common.saving') : t('security.saveName')}
        </button>
        <button type="button" onClick={onCancel} disabled={submission.saving}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
