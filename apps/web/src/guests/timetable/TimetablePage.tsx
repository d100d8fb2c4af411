import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Appearance } from '@bussanten/contracts';
import { openDays } from '@bussanten/domain';
import { formatFairDay, useAssignments } from '../../applications';
import { useFair, useFloorPlan } from '../../fairs';
import { canRetry } from '../../api/query-client';
import { ErrorState, Loading } from '../../components/Status';
import '../../styles/applications.css';
import '../components/guests.css';
import { useAppearances, useGuests, useStages } from '../queries';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { AppearanceFormDialog } from './AppearanceFormDialog';
import { AppearanceTable } from './AppearanceTable';
import { emptyAppearanceForm, emptyRepeatForm, valuesFromAppearance, type AppearanceFormValues, type RepeatFormValues } from './appearance-form-model';
import { AddColumn } from './AddColumn';
import { DeleteAppearance } from './DeleteAppearance';
import { RepeatDialog } from './RepeatDialog';
import { StagesSection } from './StagesSection';
import { TimetableGrid, type Placed } from './TimetableGrid';
import { gridStart, toMinutes, CLICK_MINUTES } from './time-grid';
import { allPlaces, appearancesOn, columnsFor, hoursOf, locationKey, placeLabel, timeRange, type Places } from './timetable-model';
import { useTimetableDrag } from './useTimetableDrag';

/** The line saying what the last change came to; a block a refused move put back is described by it. */
const OUTCOME_ID = 'timetable-outcome';
/** The appearances while none are read yet: one array, so the drag does not take each render for a new list. */
const NO_APPEARANCES: readonly Appearance[] = [];

type Dialog = { kind: 'form'; existing: Appearance | null; initial: AppearanceFormValues } | { kind: 'repeat'; initial: RepeatFormValues } | null;

/**
 * /fairs/:id/timetable: when and where the guests appear, one fair day at a time. The grid is for the
 * pointer (choose a time to add, drag to move, drag an edge to resize); the table under it does the
 * same for the keyboard and screen readers. The server has the last word on every change.
 */
export default function TimetablePage() {
  const { id: fairId = '' } = useParams();
  const { t, lang } = useI18n();
  const fair = useFair(fairId);
  const plan = useFloorPlan(fairId);
  const held = useAssignments(fairId);
  const stages = useStages(fairId);
  const list = useAppearances(fairId);
  const guests = useGuests();
  const fairTitle = fair.data ? (lang === 'en' && fair.data.titleEn ? fair.data.titleEn : fair.data.title) : null;
  useDocumentTitle(fairTitle ? t('timetable.title', { fair: fairTitle }) : t('timetable.heading'));

  const [params, setParams] = useSearchParams();
  const days = useMemo(() => (fair.data ? openDays(fair.data.days) : []), [fair.data]);
  const day = days.find((d) => d.date === params.get('day'))?.date ?? days[0]?.date ?? '';
  const hours = hoursOf(days.find((d) => d.date === day));
  const [added, setAdded] = useState<string[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [removing, setRemoving] = useState<Appearance | null>(null);

  const places: Places = useMemo(
    () => ({ stages: stages.data ?? [], booths: plan.data?.booths ?? [], assignments: held.data ?? [] }),
    [stages.data, plan.data, held.data],
  );
  const appearances = list.data ?? NO_APPEARANCES;
  const drag = useTimetableDrag({
    fairId,
    day,
    hours,
    appearances,
    places,
    lang,
    describeMove: (saved, place) => t('timetable.moved', { name: saved.guest.name, time: timeRange(saved.start, saved.end), place }),
  });

  const failed = [fair, plan, held, stages, list, guests].find((r) => r.isError && !r.data);
  const back = (
    <p className="back">
      <Link to={`/fairs/${fairId}`}>{fairTitle ?? t('timetable.backToFair')}</Link>
    </p>
  );
  if (failed) {
    return (
      <>
        {back}
        <ErrorState error={failed.error} onRetry={canRetry(failed.error) ? () => void failed.refetch() : undefined} />
      </>
    );
  }
  if (!fair.data || !plan.data || !held.data || !stages.data || !list.data || !guests.data) return <Loading />;

  const onDay = appearancesOn(appearances, day);
  const columns = columnsFor(day, appearances, places, added, lang);
  const placeOf = (a: Appearance) => placeLabel(a.location, day, places, lang);
  const items: Placed[] = onDay.map((a) => {
    const p = drag.pending?.appearance.id === a.id ? drag.pending : null;
    return p
      ? { appearance: a, start: p.start, end: p.end, columnKey: p.columnKey }
      : { appearance: a, start: toMinutes(a.start), end: toMinutes(a.end), columnKey: locationKey(a.location) };
  });

  const openNew = (start?: number, end?: number, columnKey?: string) => {
    const from = start ?? (hours ? gridStart(hours) : 600);
    setDialog({ kind: 'form', existing: null, initial: emptyAppearanceForm(day, from, end ?? from + CLICK_MINUTES, columnKey) });
  };
  /** A dialog saved (and marked the appearances stale itself): close it and say what was done. */
  const saved = (text: string) => {
    setDialog(null);
    drag.setOutcome({ kind: 'done', text });
  };
  const changeDay = (date: string) => {
    setParams({ day: date }, { replace: true, preventScrollReset: true });
    drag.setOutcome(null);
  };

  return (
    <>
      {back}
      <div className="page-heading">
        <h1>{t('timetable.heading')}</h1>
        <div className="actions">
          <button type="button" onClick={() => setDialog({ kind: 'repeat', initial: emptyRepeatForm(day) })} disabled={!day}>
            {t('timetable.repeat.open')}
          </button>
          <button type="button" className="button--primary" onClick={() => openNew()} disabled={!day}>
            {t('timetable.add')}
          </button>
        </div>
      </div>
      {guests.data.length === 0 && (
        <p className="notice">
          {t('timetable.noGuests')} <Link to="/guests/new">{t('guests.new')}</Link>
        </p>
      )}

      {days.length === 0 || !day ? (
        <p className="empty">{t('timetable.noDays')}</p>
      ) : (
        <>
          <div className="day-tabs" role="group" aria-label={t('timetable.dayGroup')}>
            {days.map((d) => (
              <button key={d.date} type="button" aria-pressed={d.date === day} onClick={() => changeDay(d.date)}>
                {formatFairDay(d.date, lang)}
              </button>
            ))}
          </div>
          {hours && (
            <p className="muted">
              {t('timetable.hours', {
                day: formatFairDay(day, lang),
                opens: days.find((d) => d.date === day)?.opens ?? '',
                closes: days.find((d) => d.date === day)?.closes ?? '',
              })}
            </p>
          )}

          <p className="drag-status" role="status" aria-live="polite">
            {drag.preview
              ? drag.previewProblems.length
                ? drag.previewProblems.join(' / ')
                : drag.checking
                  ? t('timetable.checking')
                  : t('timetable.fits')
              : ''}
          </p>
          {drag.outcome && (
            <p
              id={OUTCOME_ID}
              className={drag.outcome.kind === 'error' ? 'status status--error' : 'flash'}
              role={drag.outcome.kind === 'error' ? 'alert' : 'status'}
            >
              {drag.outcome.text}
            </p>
          )}

          <AddColumn
            candidates={allPlaces(day, places, lang).filter((c) => c.location.kind === 'booth' && !columns.some((k) => k.key === c.key))}
            onAdd={(key) => setAdded((a) => [...a, key])}
          />
          {hours && (
            <TimetableGrid
              hours={hours}
              columns={columns}
              items={items}
              preview={drag.preview}
              previewProblems={drag.previewProblems}
              refused={drag.outcome?.kind === 'error' && drag.outcome.appearanceId ? { appearanceId: drag.outcome.appearanceId, messageId: OUTCOME_ID } : null}
              onSelectRange={(columnKey, start, end) => openNew(start, end, columnKey)}
              onOpen={(a) => setDialog({ kind: 'form', existing: a, initial: valuesFromAppearance(a) })}
              onPreview={drag.setPreview}
              onDrop={drag.drop}
            />
          )}
          <p className="hint">{t('timetable.howTo')}</p>

          <section aria-labelledby="appearance-list-heading">
            <div className="page-heading">
              <h2 id="appearance-list-heading">{t('timetable.list.heading', { day: formatFairDay(day, lang) })}</h2>
              <button type="button" onClick={() => openNew()}>
                {t('timetable.add')}
              </button>
            </div>
            <AppearanceTable
              appearances={onDay}
              placeOf={placeOf}
              onEdit={(a) => setDialog({ kind: 'form', existing: a, initial: valuesFromAppearance(a) })}
              onDelete={setRemoving}
            />
          </section>
        </>
      )}

      <StagesSection fairId={fairId} stages={stages.data} />

      {dialog?.kind === 'form' && (
        <AppearanceFormDialog
          fairId={fairId}
          existing={dialog.existing}
          initial={dialog.initial}
          guests={guests.data}
          days={days}
          places={places}
          onClose={() => setDialog(null)}
          onSaved={(a) =>
            saved(
              t(dialog.existing ? 'timetable.savedOne' : 'timetable.createdOne', { name: a.guest.name, time: timeRange(a.start, a.end), place: placeOf(a) }),
            )
          }
        />
      )}
      {dialog?.kind === 'repeat' && (
        <RepeatDialog
          fairId={fairId}
          initial={dialog.initial}
          guests={guests.data}
          days={days}
          places={places}
          onClose={() => setDialog(null)}
          onSaved={(created) => saved(t('timetable.repeat.done', { n: created.length, name: created[0]?.guest.name ?? '' }))}
        />
      )}
      <DeleteAppearance
        removing={removing}
        describe={(a) => `${a.guest.name} ${timeRange(a.start, a.end)}`}
        onCancel={() => setRemoving(null)}
        fairId={fairId}
        onDeleted={(text) => {
          setRemoving(null);
          drag.setOutcome({ kind: 'done', text });
        }}
      />
    </>
  );
}
