import { useRef, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { Application, ApplicationDraftInput, ApplicationInput, FairForApplicants, PreviousApplication } from '@bussanten/contracts';
import { PERMIT_STATUSES } from '@bussanten/contracts';
import { canStartAgain } from '@bussanten/domain';
import { myApplicationsApi } from '../api/applications';
import { canRetry } from '../../api/query-client';
import { TextAreaField, TextField } from '../../components/Field';
import { FieldMessages, Required, SubmissionSummary } from '../../components/FormErrors';
import { RecordFormHeading } from '../../components/RecordForm';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { ErrorState, Loading } from '../../components/Status';
import { Check } from '../components/Check';
import { formatFairDay } from '../components/day-format';
import { permitStatusKey } from '../components/labels';
import '../../styles/applications.css';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { applicationKeys, staleAfterMyApplication, useMyApplication, useMyFair, usePreviousApplication } from '../queries';
import { ADD_PRODUCT_ID, ProductRows, StaffRows, productFieldId, staffFieldId } from './ApplicationRows';
import {
  allOpenDaysChosen,
  copyFromPrevious,
  emptyApplicationForm,
  filledProducts,
  filledStaff,
  rowIndexOf,
  toApplicationInput,
  toDraftInput,
  toggleAllDays,
  validateApplicationForm,
  validateDraftForm,
  valuesFromApplication,
  type ApplicationFormValues,
} from './form-model';

/**
 * /my/fairs/:fairId/apply and /my/applications/:id/edit: one form for applying and for changing an
 * application, shown only while the fair takes applications (the API decides; this only avoids a
 * form that cannot be sent).
 */
export default function ApplicationFormPage() {
  const { fairId, id } = useParams();
  if (id) return <EditApplication key={id} id={id} />;
  return <NewApplication key={fairId} fairId={fairId ?? ''} />;
}

/** Retrying helps only when the failure may pass (no answer, a 5xx). */
const retryOf = (query: { error: unknown; refetch: () => unknown }) => (canRetry(query.error) ? () => void query.refetch() : undefined);

/**
 * The form starts from the fair as read now (`fresh`): a cached copy may be older than the window
 * or the application that decide whether the form may be sent.
 */
function NewApplication({ fairId }: { fairId: string }) {
  const { t } = useI18n();
  const fair = useMyFair(fairId, { fresh: true });
  const f = fair.isFetchedAfterMount ? (fair.data ?? null) : null;
  // A withdrawn or declined application may be sent again while the window is open: the form starts from it.
  const previousId = f?.myApplicationId ?? null;
  const previous = useMyApplication(previousId);
  const prev = previous.data ?? null;
  if (fair.isFetchedAfterMount && !f) return <Stopped error={fair.error} onRetry={retryOf(fair)} />;
  if (previous.isError && !prev) return <Stopped error={previous.error} onRetry={retryOf(previous)} />;
  if (!f || (previousId && !prev)) return <Loading />;
  if (prev && !canStartAgain(prev.status)) {
    return (
      <Notice title={f.title}>
        <p>{t('apply.alreadyApplied')}</p>
        <p>
          <Link to={`/my/applications/${prev.id}`}>{t('apply.toMyApplication')}</Link>
        </p>
      </Notice>
    );
  }
  if (!f.open) {
    return (
      <Notice title={f.title}>
        <p>{t('error.APPLICATIONS_CLOSED')}</p>
      </Notice>
    );
  }
  return <ApplicationForm fair={f} existing={null} prefill={prev} />;
}

/** The form starts from the application as read now (`fresh`): a cached copy may be older than its status. */
function EditApplication({ id }: { id: string }) {
  const { t } = useI18n();
  const application = useMyApplication(id, { fresh: true });
  const app = application.isFetchedAfterMount ? (application.data ?? null) : null;
  const fair = useMyFair(app ? app.fairId : null);
  if (application.isFetchedAfterMount && !app) return <Stopped error={application.error} onRetry={retryOf(application)} />;
  if (fair.isError && !fair.data) return <Stopped error={fair.error} onRetry={retryOf(fair)} />;
  if (!app || !fair.data) return <Loading />;
  // A draft is continued (and sent) from the fair's application form.
  if (app.status === 'draft') return <Navigate to={`/my/fairs/${app.fairId}/apply`} replace />;
  if (!app.editable) {
    return (
      <Notice title={app.fairTitle}>
        <p>{t('error.APPLICATION_NOT_EDITABLE')}</p>
        <p>
          <Link to={`/my/applications/${app.id}`}>{t('apply.toMyApplication')}</Link>
        </p>
      </Notice>
    );
  }
  return <ApplicationForm key={app.id} fair={fair.data} existing={app} />;
}

function Stopped({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <p className="back">
        <Link to="/my/fairs">{t('myFairs.title')}</Link>
      </p>
      <ErrorState error={error} onRetry={onRetry} />
    </>
  );
}

function Notice({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  useDocumentTitle(title);
  return (
    <>
      <p className="back">
        <Link to="/my/fairs">{t('myFairs.title')}</Link>
      </p>
      <h1>{title}</h1>
      <div className="status">{children}</div>
    </>
  );
}

const fieldId = (field: string) => `application-${field}`;
const dayId = (date: string) => `application-day-${date}`;
const permitId = (status: string) => `application-permit-${status}`;
const SIMPLE = ['minAreaM2', 'powerWatts', 'permitNumber', 'permitHealthCentre', 'staffCount', 'vehicle', 'loadInTime', 'note', 'prText', 'prTextEn'] as const;

/** What the form needs of a fair: the representative's view of it (FairForApplicants) or the organizer's (Fair) both have it. */
export type FormFair = Pick<FairForApplicants, 'id' | 'title' | 'titleEn' | 'venueName' | 'roomName' | 'days'>;

/**
 * Where the form sends what it checked, and where it goes then: the representative's own routes
 * (the default), or an organizer entering the application for a municipality (EnterApplicationPage).
 */
export interface ApplicationFormTarget {
  /** The page's heading and title. */
  title: string;
  /** Shown under the heading, e.g. for which municipality an organizer enters it. */
  intro?: ReactNode;
  send: (input: ApplicationInput) => Promise<Application>;
  /** Without it the form has no 「下書き保存」. */
  saveDraft?: (input: ApplicationDraftInput) => Promise<Application>;
  /** Offer the municipality's earlier application to copy from. */
  copyFromPrevious: boolean;
  backTo: string;
  backLabel: string;
  onSaved: (saved: Application) => void;
  pathAfterSave: (saved: Application) => string;
}

/**
 * The application form, for a representative applying or changing the municipality's application
 * (without `target`), or for an organizer entering one for a municipality (with it): the same
 * fields, checks and messages either way.
 */
export function ApplicationForm({
  fair,
  existing,
  prefill = null,
  target: given,
}: {
  fair: FormFair;
  existing: Application | null;
  prefill?: Application | null;
  target?: ApplicationFormTarget;
}) {
  const { t, lang } = useI18n();
  const fairTitle = lang === 'en' && fair.titleEn ? fair.titleEn : fair.title;
  const fairDays = fair.days.map((d) => ({ date: d.date, opens: d.opens, closes: d.closes }));
  const openDates = fair.days.filter((d) => d.opens !== null || d.closes !== null).map((d) => d.date);

  const queryClient = useQueryClient();
  const from = existing ?? prefill;
  const draft = prefill?.status === 'draft' ? prefill : null;
  const target: ApplicationFormTarget = given ?? {
    title: existing ? t('apply.editTitle', { fair: fairTitle }) : t('apply.newTitle', { fair: fairTitle }),
    send: (input) => (existing ? myApplicationsApi.update(existing.id, input) : myApplicationsApi.apply(fair.id, input)),
    saveDraft: existing ? undefined : (input) => myApplicationsApi.saveDraft(fair.id, input),
    copyFromPrevious: !existing && !draft,
    backTo: existing ? `/my/applications/${existing.id}` : draft ? `/my/applications/${draft.id}` : '/my/fairs',
    backLabel: existing ? t('apply.backToApplication') : t('myFairs.title'),
    onSaved: (saved) => {
      // The application's page opens with the answer; the lists and fairs that show it are read again.
      queryClient.setQueryData(applicationKeys.myApplication(saved.id), saved);
      for (const filter of staleAfterMyApplication()) void queryClient.invalidateQueries(filter);
    },
    pathAfterSave: (saved) => `/my/applications/${saved.id}`,
  };
  const { title, backTo } = target;
  useDocumentTitle(title);
  /** Which button sent the form: a draft is checked only for what can be stored, an application for everything. */
  const mode = useRef<'submit' | 'draft'>('submit');
  const {
    form,
    values,
    submission,
    field: bind,
  } = useRecordForm({
    defaultValues: from ? valuesFromApplication(from) : emptyApplicationForm(),
    validate: (checked) => (mode.current === 'draft' ? validateDraftForm(checked) : validateApplicationForm(checked, fairDays)),
    controlId: fieldId,
    save: (checked) => (mode.current === 'draft' && target.saveDraft ? target.saveDraft(toDraftInput(checked)) : target.send(toApplicationInput(checked))),
    onSaved: target.onSaved,
    pathAfterSave: target.pathAfterSave,
  });
  const { byField } = submission;

  // The API names needs and permit fields by their place in the body; the form's flat fields follow.
  const apiPath: Record<(typeof SIMPLE)[number], string> = {
    minAreaM2: 'needs.minAreaM2',
    powerWatts: 'needs.powerWatts',
    permitNumber: 'permit.number',
    permitHealthCentre: 'permit.healthCentre',
    staffCount: 'staffCount',
    vehicle: 'vehicle',
    loadInTime: 'loadInTime',
    note: 'note',
    prText: 'prText',
    prTextEn: 'prTextEn',
  };
  const messagesByFormField: Record<string, string[]> = Object.fromEntries(SIMPLE.map((f) => [f, byField[apiPath[f]] ?? []]));
  // Problems are named by the request body's paths ('needs.minAreaM2'), the form's fields are flat ('minAreaM2').
  const field = (f: (typeof SIMPLE)[number]) => ({ ...bind(f), messages: messagesByFormField[f] });
  /** The rows' and checks' updates, as they were written for a state setter: each changed value goes to the form. */
  const setValues: Dispatch<SetStateAction<ApplicationFormValues>> = (change) => {
    const current = form.getValues();
    const next = typeof change === 'function' ? change(current) : change;
    for (const k of Object.keys(next) as (keyof ApplicationFormValues)[]) {
      if (next[k] !== current[k]) form.setValue(k, next[k] as never, { shouldDirty: true });
    }
  };

  const sortedDays = [...values.days].sort();
  const labels: Record<string, string> = {
    'needs.minAreaM2': t('apply.minArea'),
    'needs.powerWatts': t('apply.power'),
    'permit.status': t('apply.permit'),
    'permit.number': t('apply.permitNumber'),
    'permit.healthCentre': t('apply.healthCentre'),
    staffCount: t('apply.staffCount'),
    staff: t('apply.staffCount'),
    vehicle: t('apply.vehicle'),
    loadInTime: t('apply.loadInTime'),
    note: t('apply.note'),
    prText: t('apply.prText'),
    prTextEn: t('apply.prTextEn'),
    days: t('apply.days'),
    products: t('apply.products'),
  };
  const locate = (path: string): { targetId: string | null; label: string | null } => {
    const products = filledProducts(values);
    const staff = filledStaff(values);
    const p = rowIndexOf(path, 'products');
    if (p !== null) {
      const row = products[p];
      const part = path.split('.')[2] ?? 'name';
      return { targetId: row ? productFieldId(row.key, part) : ADD_PRODUCT_ID, label: `${t('apply.productN', { n: p + 1 })}: ${productPartLabel(part)}` };
    }
    const s = rowIndexOf(path, 'staff');
    if (s !== null) {
      const row = staff[s];
      const part = path.split('.')[2] ?? 'name';
      return {
        targetId: row ? staffFieldId(row.key, part) : fieldId('staffCount'),
        label: `${t('apply.staffN', { n: s + 1 })}: ${part === 'phone' ? t('apply.staffPhone') : t('apply.staffName')}`,
      };
    }
    if (path === 'days' || path.startsWith('days.')) {
      const date = sortedDays[Number(path.split('.')[1])] ?? openDates[0];
      return { targetId: date ? dayId(date) : null, label: date && path !== 'days' ? `${t('apply.days')}: ${formatFairDay(date, lang)}` : t('apply.days') };
    }
    if (path === 'permit.status') return { targetId: permitId(PERMIT_STATUSES[0] ?? 'held'), label: labels[path] ?? null };
    const simple = SIMPLE.find((f) => apiPath[f] === path);
    if (simple) return { targetId: fieldId(simple), label: labels[path] ?? null };
    if (path === 'staff') return { targetId: fieldId('staffCount'), label: labels[path] ?? null };
    if (path === 'products') return { targetId: ADD_PRODUCT_ID, label: labels[path] ?? null };
    return { targetId: null, label: labels[path] ?? null };
  };
  const productPartLabel = (part: string) =>
    ({ name: t('apply.productName'), nameEn: t('apply.nameEn'), category: t('apply.category'), priceMin: t('apply.priceMin'), priceMax: t('apply.priceMax') })[
      part
    ] ?? part;

  const dayMessages = Object.entries(byField)
    .filter(([k]) => k === 'days' || k.startsWith('days.'))
    .flatMap(([, m]) => m);
  const permitMessages = byField['permit.status'] ?? [];
  const allChosen = allOpenDaysChosen(values, fairDays);

  return (
    <>
      <RecordFormHeading title={title} backTo={backTo} backLabel={target.backLabel} />
      {target.intro}
      <p>
        {fair.venueName} {fair.roomName}
      </p>

      <SubmissionSummary submission={submission} locate={locate} />
      {target.copyFromPrevious && <CopyFromPrevious fairId={fair.id} onCopy={(previous) => setValues((v) => copyFromPrevious(v, previous))} />}

      <form className="form application-form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        <fieldset
          className={`fieldset${dayMessages.length ? ' field--invalid' : ''}`}
          aria-describedby={dayMessages.length ? 'application-days-error' : undefined}
        >
          <legend>
            {t('apply.days')}
            <Required />
          </legend>
          <FieldMessages id="application-days-error" messages={dayMessages} />
          <p>
            <button type="button" id="application-all-days" onClick={() => setValues((v) => toggleAllDays(v, fairDays))} disabled={openDates.length === 0}>
              {allChosen ? t('apply.clearAllDays') : t('apply.selectAllDays')}
            </button>
          </p>
          <div className="checks">
            {fair.days.map((d) => {
              const closed = d.opens === null && d.closes === null;
              const holiday = d.holiday ? (lang === 'en' ? d.holiday.nameEn : d.holiday.name) : null;
              return (
                <Check
                  key={d.date}
                  id={dayId(d.date)}
                  checked={values.days.includes(d.date)}
                  disabled={closed}
                  invalid={dayMessages.length > 0}
                  onChange={(on) =>
                    setValues((v) => ({ ...v, days: on ? [...v.days.filter((x) => x !== d.date), d.date] : v.days.filter((x) => x !== d.date) }))
                  }
                >
                  {formatFairDay(d.date, lang)} {closed ? t('apply.closedDay') : t('apply.hours', { opens: d.opens ?? '', closes: d.closes ?? '' })}
                  {holiday && <span className="muted"> {holiday}</span>}
                </Check>
              );
            })}
          </div>
        </fieldset>

        <ProductRows values={values} setValues={setValues} byField={byField} />

        <fieldset className="fieldset">
          <legend>{t('apply.needs')}</legend>
          <div className="row__pair">
            <TextField {...field('minAreaM2')} label={t('apply.minArea')} inputMode="decimal" hint={t('apply.minAreaHint')} />
            <TextField {...field('powerWatts')} label={t('apply.power')} inputMode="numeric" hint={t('apply.powerHint')} />
          </div>
          <div className="checks checks--inline">
            {(['fridge', 'freezer', 'water', 'cooking'] as const).map((f) => (
              <Check key={f} id={fieldId(f)} checked={values[f]} onChange={(on) => setValues((v) => ({ ...v, [f]: on }))}>
                {t(`facility.${f}`)}
              </Check>
            ))}
          </div>
        </fieldset>

        <fieldset
          className={`fieldset${permitMessages.length ? ' field--invalid' : ''}`}
          aria-describedby={permitMessages.length ? 'application-permit-error' : undefined}
        >
          <legend>
            {t('apply.permit')}
            <Required />
          </legend>
          <FieldMessages id="application-permit-error" messages={permitMessages} />
          <div className="checks">
            {PERMIT_STATUSES.map((s) => (
              <Check
                key={s}
                id={permitId(s)}
                type="radio"
                name="permitStatus"
                checked={values.permitStatus === s}
                invalid={permitMessages.length > 0}
                onChange={() => setValues((v) => ({ ...v, permitStatus: s }))}
              >
                {t(permitStatusKey(s))}
              </Check>
            ))}
          </div>
          {values.permitStatus === 'held' && (
            <div className="row__pair">
              <TextField {...field('permitNumber')} label={t('apply.permitNumber')} required />
              <TextField {...field('permitHealthCentre')} label={t('apply.healthCentre')} required />
            </div>
          )}
        </fieldset>

        <StaffRows values={values} setValues={setValues} byField={byField} staffCountId={fieldId('staffCount')} />

        <fieldset className="fieldset">
          <legend>{t('apply.loadIn')}</legend>
          <TextField {...field('vehicle')} label={t('apply.vehicle')} hint={t('apply.vehicleHint')} />
          <TextField {...field('loadInTime')} label={t('apply.loadInTime')} type="time" hint={t('apply.loadInTimeHint')} />
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('apply.pr')}</legend>
          <p className="hint">{t('apply.prHint')}</p>
          <TextAreaField {...field('prText')} label={t('apply.prText')} />
          <TextAreaField {...field('prTextEn')} label={t('apply.prTextEn')} />
        </fieldset>

        <TextAreaField {...field('note')} label={t('apply.note')} />

        {target.saveDraft && <p className="hint">{t('apply.draftHint')}</p>}
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving} onClick={() => (mode.current = 'submit')}>
            {submission.saving ? t('common.saving') : existing ? t('apply.save') : t('apply.submit')}
          </button>
          {target.saveDraft && (
            <button type="submit" disabled={submission.saving} onClick={() => (mode.current = 'draft')}>
              {t('apply.saveDraft')}
            </button>
          )}
          <Link className="button" to={backTo}>
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

/**
 * Offers the municipality's latest earlier application with this host (its products, needs, permit,
 * staff, vehicle and note; not its days). Nothing is shown while it loads or when there is none.
 */
function CopyFromPrevious({ fairId, onCopy }: { fairId: string; onCopy: (previous: PreviousApplication) => void }) {
  const { t } = useI18n();
  const query = usePreviousApplication(fairId);
  const [copied, setCopied] = useState(false);
  if (query.isError) return <p className="muted">{t('apply.previousError')}</p>;
  const previous = query.data?.previous;
  if (!previous) return null;
  return (
    <section className="card" aria-labelledby="application-copy-heading">
      <h2 id="application-copy-heading">{t('apply.copyTitle')}</h2>
      <p>{t('apply.copyBody', { fair: previous.fairTitle })}</p>
      {copied && (
        <p className="flash" role="status">
          {t('apply.copied')}
        </p>
      )}
      <button
        type="button"
        onClick={() => {
          onCopy(previous);
          setCopied(true);
        }}
      >
        {t('apply.copy')}
      </button>
    </section>
  );
}
