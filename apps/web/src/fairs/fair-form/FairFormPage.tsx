import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { Fair, FairDayCascade } from '@bussanten/contracts';
import { fairsApi } from '../api/fairs';
import { canRetry } from '../../api/query-client';
import { TextAreaField, TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { RecordFormActions, RecordFormHeading } from '../../components/RecordForm';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { ErrorState, Loading } from '../../components/Status';
import { fairTitle, formatFullDate, publicPath } from '../components/fair-format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/dictionaries';
import { fairKeys, staleAfterFairCreated, staleAfterFairSaved, useFair, useVenues } from '../queries';
import { dayConflictsOf } from './day-conflicts';
import { DayConflictsPanel } from './DayConflictsPanel';
import { DaysEditor } from './DaysEditor';
import { RoomSelectField } from './RoomSelectField';
import { EMPTY_FAIR_FORM, fairControlId, toFairInput, validateFairForm, valuesFromFair } from './form-model';

/** /fairs/new and /fairs/:id/edit: the same form, started empty or from the saved fair. */
export default function FairFormPage() {
  const { id } = useParams();
  if (!id) return <FairForm existing={null} />;
  return <EditFair key={id} id={id} />;
}

/** The form starts from the fair as read now: a cached copy may be older than what was saved since. */
function EditFair({ id }: { id: string }) {
  const fair = useFair(id, { fresh: true });
  if (!fair.isFetchedAfterMount) return <Loading />;
  if (fair.data === undefined) return <ErrorState error={fair.error} onRetry={canRetry(fair.error) ? () => void fair.refetch() : undefined} />;
  return <FairForm existing={fair.data} />;
}

const fieldId = (field: string) => `fair-${field}`;

const FIELD_LABELS: Record<string, MessageKey> = {
  title: 'fairs.field.title',
  titleEn: 'fairs.field.titleEn',
  slug: 'fairs.field.slug',
  roomId: 'fairs.field.room',
  description: 'fairs.field.description',
  days: 'fairs.days.legend',
  applicationsOpenAt: 'fairs.field.applicationsOpenAt',
  applicationsCloseAt: 'fairs.field.applicationsCloseAt',
};

function FairForm({ existing }: { existing: Fair | null }) {
  const { t, lang } = useI18n();
  const title = existing ? t('fairs.form.editTitle', { name: fairTitle(existing, lang) }) : t('fairs.form.newTitle');
  useDocumentTitle(title);
  const venues = useVenues();
  const queryClient = useQueryClient();

  // Set only for the save that follows the organizer's choice in DayConflictsPanel; any other save sends none.
  const cascade = useRef<FairDayCascade | null>(null);
  const cascaded = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const { form, values, submission, field } = useRecordForm({
    defaultValues: existing ? valuesFromFair(existing) : EMPTY_FAIR_FORM,
    validate: validateFairForm,
    controlId: fieldId,
    save: (checked) => {
      const input = toFairInput(checked);
      const chosen = cascade.current;
      cascade.current = null;
      cascaded.current = chosen !== null;
      return existing ? fairsApi.updateFair(existing.id, chosen ? { ...input, cascade: chosen } : input) : fairsApi.createFair(input);
    },
    onSaved: (saved) => {
      // The fair's page opens with the answer; the rest it changed is read again.
      queryClient.setQueryData(fairKeys.detail(saved.id), saved);
      const stale = existing ? staleAfterFairSaved(saved.id, cascaded.current) : staleAfterFairCreated();
      for (const filter of stale) void queryClient.invalidateQueries(filter);
    },
    pathAfterSave: (saved) => `/fairs/${saved.id}`,
  });
  const backTo = existing ? `/fairs/${existing.id}` : '/fairs';
  const dayConflicts = existing ? dayConflictsOf(submission.failure) : null;

  /** The summary names a day's problem by its date ('2月21日(火) 閉場'), not by a row number. */
  const locate = (f: string) => {
    const day = /^days\.(\d+)\.(\w+)/.exec(f);
    const row = day ? values.days[Number(day[1])] : undefined;
    if (day && row) {
      const part = day[2] === 'closes' ? t('fairs.days.closes') : day[2] === 'opens' ? t('fairs.days.opens') : '';
      return { targetId: fairControlId(f), label: `${formatFullDate(row.date, lang)} ${part}`.trim() };
    }
    const key = FIELD_LABELS[f];
    return { targetId: fairControlId(f), label: key ? t(key) : null };
  };

  return (
    <>
      <RecordFormHeading title={title} backTo={backTo} backLabel={existing ? fairTitle(existing, lang) : t('fairs.backToList')} />

      <SubmissionSummary submission={submission} locate={locate} />

      {dayConflicts && (
        <DayConflictsPanel
          key={submission.attempts}
          conflicts={dayConflicts}
          saving={submission.saving}
          onRetry={(chosen) => {
            cascade.current = chosen;
            formRef.current?.requestSubmit();
          }}
        />
      )}

      <form ref={formRef} className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        <TextField {...field('title')} label={t('fairs.field.title')} required lang="ja" />
        <TextField {...field('titleEn')} label={t('fairs.field.titleEn')} lang="en" />
        <TextField
          {...field('slug')}
          label={t('fairs.field.slug')}
          required
          hint={t('fairs.form.slugHint', { path: publicPath(values.slug.trim() || '…') })}
          lang="en"
        />

        {venues.isError && !venues.data ? (
          <ErrorState error={venues.error} onRetry={canRetry(venues.error) ? () => void venues.refetch() : undefined} />
        ) : !venues.data ? (
          <Loading />
        ) : venues.data.every((v) => v.rooms.length === 0) ? (
          <div className="note" id={fieldId('roomId')} tabIndex={-1}>
            <p>
              {t('fairs.form.noRooms')} <Link to="/venues">{t('venues.title')}</Link>
            </p>
          </div>
        ) : (
          <RoomSelectField {...field('roomId')} venues={venues.data} label={t('fairs.field.room')} hint={t('fairs.form.roomHint')} />
        )}

        <TextAreaField {...field('description')} label={t('fairs.field.description')} />

        <DaysEditor
          days={values.days}
          onChange={(change) => form.setValue('days', change(form.getValues('days')), { shouldDirty: true })}
          byField={submission.byField}
        />

        <fieldset className="fieldset" aria-describedby="fair-window-hint">
          <legend>{t('fairs.form.windowLegend')}</legend>
          <p id="fair-window-hint" className="hint">
            {t('fairs.form.windowHint')}
          </p>
          <TextField {...field('applicationsOpenAt')} type="datetime-local" label={t('fairs.field.applicationsOpenAt')} />
          <TextField {...field('applicationsCloseAt')} type="datetime-local" label={t('fairs.field.applicationsCloseAt')} />
        </fieldset>

        <RecordFormActions saving={submission.saving} isNew={!existing} cancelTo={backTo} />
      </form>
    </>
  );
}
