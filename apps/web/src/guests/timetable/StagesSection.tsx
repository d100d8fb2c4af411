import { useState, type FormEvent } from 'react';
import type { Stage } from '@bussanten/contracts';
import { describeError } from '../../api/error-messages';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/i18n';
import { useCreateStage, useRemoveStage } from '../queries';

/**
 * The fair's stages: each is a column of the grid. Added here with a name and whether several
 * guests may be on it at once; removed after a confirmation (the server refuses while it is used).
 * Both mark the fair's stages stale themselves.
 */
export function StagesSection({ fairId, stages }: { fairId: string; stages: readonly Stage[] }) {
  const { t, lang } = useI18n();
  const [name, setName] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [removing, setRemoving] = useState<Stage | null>(null);
  const create = useCreateStage(fairId);
  const removal = useRemoveStage(fairId);
  const busy = create.isPending || removal.isPending;

  const add = (e: FormEvent) => {
    e.preventDefault();
    if (busy || name.trim() === '') return;
    setError(null);
    create.mutate(
      { name: name.trim(), nameEn: nameEn.trim() || null, shared },
      {
        onSuccess: () => {
          setName('');
          setNameEn('');
          setShared(false);
        },
        onError: setError,
      },
    );
  };
  const remove = () => {
    if (!removing) return;
    setError(null);
    removal.mutate(removing.id, { onError: setError, onSettled: () => setRemoving(null) });
  };

  return (
    <section aria-labelledby="stages-heading">
      <h2 id="stages-heading">{t('timetable.stages.heading')}</h2>
      {error !== null && (
        <p className="status status--error" role="alert">
          {describeError(error, lang).message}
        </p>
      )}
      {stages.length === 0 ? (
        <p className="muted">{t('timetable.stages.none')}</p>
      ) : (
        <ul className="held-list">
          {stages.map((s) => (
            <li key={s.id}>
              <span>
                {s.name}
                {s.nameEn && <span className="muted" lang="en">{` ${s.nameEn}`}</span>}
                {s.shared && <span className="badge">{t('timetable.stages.sharedBadge')}</span>}
              </span>
              <button type="button" className="button--link" onClick={() => setRemoving(s)}>
                {t('common.delete')}
                <span className="sr-only">{` ${s.name}`}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="tt-stage-form" onSubmit={add} aria-busy={busy}>
        <div className="field">
          <label htmlFor="stage-name">{t('timetable.stages.name')}</label>
          <input id="stage-name" value={name} maxLength={100} autoComplete="off" onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="stage-name-en">{t('timetable.stages.nameEn')}</label>
          <input id="stage-name-en" lang="en" value={nameEn} maxLength={100} autoComplete="off" onChange={(e) => setNameEn(e.target.value)} />
        </div>
        <div className="checkbox-field">
          <input id="stage-shared" type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
          <label htmlFor="stage-shared">{t('timetable.stages.shared')}</label>
        </div>
        <button type="submit" disabled={busy || name.trim() === ''}>
          {t('timetable.stages.add')}
        </button>
      </form>
      <ConfirmDialog
        open={removing !== null}
        title={t('delete.title', { name: removing?.name ?? '' })}
        confirmLabel={t('delete.confirm')}
        busyLabel={t('common.deleting')}
        busy={busy}
        onConfirm={remove}
        onCancel={() => setRemoving(null)}
      >
        <p>{t('delete.body')}</p>
      </ConfirmDialog>
    </section>
  );
}
