import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import type { FairNotice, NoticeFair } from '@bussanten/contracts';
import { useActionFeedback } from '../components/ActionFeedback';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { SubmissionSummary } from '../components/FormErrors';
import { useRecordForm } from '../components/forms/useRecordForm';
import { QueryState } from '../components/QueryState';
import { formatDateTime } from '../i18n/format';
import { useDocumentTitle, useI18n } from '../i18n/i18n';
import { noticesApi } from './api';
import { EMPTY_NOTICE_FORM, toNoticeInput } from './notice-model';
import { staleAfterNoticeChange, useFairNotices, useNoticeFairs } from './queries';
import './notices.css';

const FIELD_IDS: Record<string, string> = {
  kind: 'notice-kind',
  text: 'notice-text',
  textEn: 'notice-text-en',
  day: 'notice-day',
  closesAt: 'notice-closes-at',
};
const controlId = (field: string) => FIELD_IDS[field] ?? 'notice-text';

/**
 * /notices and /notices/:fairId: the day's live notices of a fair, for organizers and on-site staff
 * (phone first: one column, big buttons). Posting shows it on the public page within seconds,
 * without a new release; removing takes it off.
 */
export default function NoticesPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('notices.title'));
  const navigate = useNavigate();
  const fairs = useNoticeFairs();
  const { fairId: chosen } = useParams();
  const fairId = chosen ?? fairs.data?.[0]?.id ?? null;
  return (
    <>
      <h1>{t('notices.title')}</h1>
      <p className="hint">{t('notices.lead')}</p>
      <QueryState query={fairs} empty={t('notices.noFairs')}>
        {(list) => (
          <>
            <div className="field">
              <label htmlFor="notice-fair">{t('notices.fair')}</label>
              <select id="notice-fair" value={fairId ?? ''} onChange={(e) => void navigate(`/notices/${encodeURIComponent(e.target.value)}`)}>
                {list.map((f) => (
                  <option key={f.id} value={f.id}>
                    {lang === 'en' ? (f.titleEn ?? f.title) : f.title}
                  </option>
                ))}
              </select>
            </div>
            {fairId && <FairNoticesSection fairId={fairId} />}
          </>
        )}
      </QueryState>
    </>
  );
}

function FairNoticesSection({ fairId }: { fairId: string }) {
  const { t } = useI18n();
  const notices = useFairNotices(fairId);
  return (
    <QueryState query={notices}>
      {(data) => (
        <>
          <NoticeForm key={fairId} fair={data.fair} />
          <NoticeList fairId={fairId} notices={data.notices} emptyLabel={t('notices.none')} />
        </>
      )}
    </QueryState>
  );
}

function NoticeForm({ fair }: { fair: NoticeFair }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const { form, values, submission, field } = useRecordForm({
    defaultValues: EMPTY_NOTICE_FORM,
    validate: (v) => toNoticeInput(v, fair).problems,
    controlId,
    save: (v) => noticesApi.post(fair.id, toNoticeInput(v, fair).input),
    onSaved: () => {
      form.reset(EMPTY_NOTICE_FORM);
      for (const filter of staleAfterNoticeChange(fair.id)) void queryClient.invalidateQueries(filter);
    },
  });
  const kinds = (['notice', 'closingEarly', 'closedDay'] as const).map((k) => ({ value: k, label: t('notices.kind', { kind: k }) }));
  const days = [
    { value: '', label: t('notices.wholeFair') },
    ...fair.days.map((d) => ({ value: d.date, label: t('notices.dayOption', { date: d.date, hours: d.opens && d.closes ? `${d.opens}–${d.closes}` : '' }) })),
  ];
  const label = (f: string) =>
    ({ kind: t('notices.kindLabel'), text: t('notices.text'), textEn: t('notices.textEn'), day: t('notices.day'), closesAt: t('notices.closesAt') })[f] ?? null;
  return (
    <section aria-labelledby="notice-post-heading" className="notices-form">
      <h2 id="notice-post-heading">{t('notices.post')}</h2>
      <SubmissionSummary submission={submission} locate={(f) => ({ targetId: FIELD_IDS[f] ?? null, label: label(f) })} />
      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving} lang={lang}>
        <SelectField {...field('kind')} label={t('notices.kindLabel')} options={kinds} required />
        <div className="field">
          <label htmlFor={FIELD_IDS.day}>{t('notices.day')}</label>
          <select id={FIELD_IDS.day} {...form.register('day')}>
            {days.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
        {values.kind === 'closingEarly' && <TextField {...field('closesAt')} label={t('notices.closesAt')} type="time" required />}
        <TextAreaField {...field('text')} label={t('notices.text')} rows={3} required />
        <TextAreaField {...field('textEn')} label={t('notices.textEn')} hint={t('notices.textEnHint')} rows={2} />
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {t('notices.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function NoticeList({ fairId, notices, emptyLabel }: { fairId: string; notices: FairNotice[]; emptyLabel: string }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const { feedback, succeeded, failed, clear } = useActionFeedback();
  const remove = async (notice: FairNotice) => {
    clear();
    try {
      await noticesApi.remove(fairId, notice.id);
      succeeded(t('notices.removed'));
      for (const filter of staleAfterNoticeChange(fairId)) void queryClient.invalidateQueries(filter);
    } catch (e) {
      failed(e);
    }
  };
  return (
    <section aria-labelledby="notice-list-heading">
      <h2 id="notice-list-heading">{t('notices.list')}</h2>
      {feedback}
      {notices.length === 0 ? (
        <p className="empty">{emptyLabel}</p>
      ) : (
        <ul className="notices-list">
          {notices.map((n) => (
            <li key={n.id} className={n.current ? 'notices-list__item' : 'notices-list__item notices-list__item--ended'}>
              <p>
                <strong>{t('notices.kind', { kind: n.kind })}</strong>
                {n.day && ` ${n.day}`}
                {n.closesAt && ` ${n.closesAt}`} · {n.current ? t('notices.shown') : t('notices.ended')}
              </p>
              <p>{n.text}</p>
              {n.textEn && <p lang="en">{n.textEn}</p>}
              <p className="hint">{t('notices.postedBy', { name: n.postedBy, at: formatDateTime(n.postedAt, lang) })}</p>
              <button type="button" className="button--danger" onClick={() => void remove(n)} aria-label={t('notices.removeLabel', { text: n.text })}>
                {t('notices.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
