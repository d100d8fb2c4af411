import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { AGREEMENT_KINDS, type Agreement, type ApiErrorDetail, type MunicipalitySummary } from '@bussanten/contracts';
import { isApiError } from '../../api/client';
import { describeError, isNotFound, messagesByField, messagesUnder, partyIndexOf } from '../../api/error-messages';
import { registryApi } from '../../api/registry';
import { FieldShell } from '../../components/Field';
import { ErrorSummary, SummaryNote } from '../../components/FormErrors';
import { summaryItems } from '../../components/form-helpers';
import { ErrorState, Loading } from '../../components/Status';
import { agreementKindKey } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { useResource } from '../../hooks/useResource';
import {
  EMPTY_AGREEMENT_FORM,
  addParty,
  detailsAfterRemovingParty,
  toAgreementInput,
  validateAgreementForm,
  valuesFromAgreement,
  type AgreementFormValues,
} from './form-model';
import { PartySearch } from './PartySearch';

export default function AgreementFormPage() {
  const { id } = useParams();
  return id ? <EditAgreement id={id} /> : <AgreementForm existing={null} />;
}

function EditAgreement({ id }: { id: string }) {
  const agreement = useResource(id, (signal) => registryApi.getAgreement(id, { signal }));
  const a = agreement.data && agreement.data.id === id ? agreement.data : null;
  if (agreement.error !== null && !a) {
    return <ErrorState error={agreement.error} onRetry={isNotFound(agreement.error) ? undefined : agreement.reload} />;
  }
  if (!a) return <Loading />;
  return <AgreementForm key={a.id} existing={a} />;
}

const fieldId = (field: string) => `agreement-${field}`;
const partyActivitiesId = (index: number) => `agreement-party-${index}-activities`;
const PARTY_SEARCH_ID = 'agreement-party-search';
const SIMPLE_FIELDS = ['kind', 'title', 'signedOn', 'signedYear', 'occasion', 'explanation'] as const;
type SimpleField = (typeof SIMPLE_FIELDS)[number];

function AgreementForm({ existing }: { existing: Agreement | null }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const title = existing ? t('form.editAgreement', { name: existing.title }) : t('form.newAgreement');
  useDocumentTitle(title);

  const [values, setValues] = useState<AgreementFormValues>(() => (existing ? valuesFromAgreement(existing) : EMPTY_AGREEMENT_FORM));
  const [details, setDetails] = useState<ApiErrorDetail[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (attempts > 0) summaryRef.current?.focus();
  }, [attempts]);

  const set = (field: SimpleField) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  const add = (m: MunicipalitySummary) => {
    setValues((v) => ({
      ...v,
      parties: addParty(v.parties, { municipalityId: m.id, name: m.name, prefecture: m.prefecture, prefectureCode: m.prefectureCode }),
    }));
    // "add at least one party" is answered now.
    setDetails((d) => d.filter((x) => !(x.field === 'parties' && x.rule === 'arrayMinSize')));
    setAnnouncement(t('form.partyAdded', { name: m.name }));
    searchRef.current?.focus();
  };

  const remove = (index: number) => {
    setValues((v) => ({ ...v, parties: v.parties.filter((_, i) => i !== index) }));
    setDetails((d) => detailsAfterRemovingParty(d, index));
    setAnnouncement('');
    searchRef.current?.focus();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const problems = validateAgreementForm(values);
    if (problems.length > 0) {
      setDetails(problems);
      setFailure(null);
      setAttempts((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      const input = toAgreementInput(values);
      const saved = existing ? await registryApi.updateAgreement(existing.id, input) : await registryApi.createAgreement(input);
      navigate(`/registry/agreements/${saved.id}`);
    } catch (err) {
      setDetails(isApiError(err) && err.body ? err.body.details : []);
      setFailure(err);
      setAttempts((n) => n + 1);
      setSaving(false);
    }
  };

  const byField = messagesByField(details, lang);
  const items = summaryItems(details, lang, (field) => {
    const index = partyIndexOf(field);
    if (index !== null) {
      const party = values.parties[index];
      return {
        targetId: party ? partyActivitiesId(index) : null,
        label: t('field.party', { n: index + 1, name: party?.name ?? '?' }),
      };
    }
    if (field === 'parties') return { targetId: PARTY_SEARCH_ID, label: null };
    return { targetId: (SIMPLE_FIELDS as readonly string[]).includes(field) ? fieldId(field) : null, label: null };
  });
  const showSummary = attempts > 0 && (details.length > 0 || failure !== null);
  const summaryHeading = details.length > 0 ? t('error.summaryTitle', { count: details.length }) : describeError(failure, lang).message;

  const input = (field: SimpleField, label: string, extra: { required?: boolean; hint?: string; type?: string; inputMode?: 'numeric' } = {}) => (
    <FieldShell id={fieldId(field)} label={label} required={extra.required} hint={extra.hint} messages={byField[field]}>
      {(aria) => (
        <input
          id={fieldId(field)}
          name={field}
          type={extra.type ?? 'text'}
          inputMode={extra.inputMode}
          autoComplete="off"
          value={values[field]}
          onChange={set(field)}
          {...aria}
        />
      )}
    </FieldShell>
  );

  return (
    <>
      <p className="back">
        <Link to={existing ? `/registry/agreements/${existing.id}` : '/registry/agreements'}>
          {existing ? existing.title : t('agreements.backToList')}
        </Link>
      </p>
      <h1>{title}</h1>
      <p className="hint">{t('common.requiredNote')}</p>

      {showSummary && (
        <ErrorSummary ref={summaryRef} heading={summaryHeading} items={items}>
          <SummaryNote failure={failure} hasDetails={details.length > 0} />
        </ErrorSummary>
      )}

      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-busy={saving}>
        <FieldShell id={fieldId('kind')} label={t('field.agreementKind')} required messages={byField['kind']}>
          {(aria) => (
            <select id={fieldId('kind')} name="kind" value={values.kind} onChange={set('kind')} {...aria}>
              <option value="">{t('form.select')}</option>
              {AGREEMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(agreementKindKey(k))}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        {input('title', t('field.title'), { required: true })}

        <fieldset className="fieldset" aria-describedby="agreement-date-hint">
          <legend>{t('form.dateGroup')}</legend>
          <p id="agreement-date-hint" className="hint">
            {t('form.dateHint')}
          </p>
          <div className="fieldset__row">
            {input('signedOn', t('field.signedOn'), { type: 'date' })}
            {input('signedYear', t('field.signedYear'), { inputMode: 'numeric' })}
          </div>
        </fieldset>

        {input('occasion', t('field.occasion'))}
        <FieldShell id={fieldId('explanation')} label={t('field.explanation')} messages={byField['explanation']}>
          {(aria) => <textarea id={fieldId('explanation')} name="explanation" rows={4} value={values.explanation} onChange={set('explanation')} {...aria} />}
        </FieldShell>

        <fieldset className="fieldset">
          <legend>
            {t('field.parties')}
            <span className="required">{t('common.required')}</span>
          </legend>
          {values.parties.length === 0 ? (
            <p className="muted">{t('form.noParties')}</p>
          ) : (
            <ol className="party-rows">
              {values.parties.map((p, index) => {
                const messages = messagesUnder(byField, `parties.${index}`);
                const errorId = `agreement-party-${index}-error`;
                const hintId = `agreement-party-${index}-hint`;
                return (
                  <li key={p.municipalityId} className={`party-row${messages.length > 0 ? ' field--invalid' : ''}`}>
                    <div className="party-row__head">
                      <span className="party-row__name">
                        {p.name}
                        <span className="muted">（{p.prefecture}）</span>
                      </span>
                      <button type="button" className="button--link" onClick={() => remove(index)}>
                        {t('form.remove')}
                        <span className="sr-only">: {p.name}</span>
                      </button>
                    </div>
                    <label htmlFor={partyActivitiesId(index)}>
                      {t('field.activities')}
                      <span className="sr-only">（{p.name}）</span>
                    </label>
                    <textarea
                      id={partyActivitiesId(index)}
                      rows={3}
                      value={p.activitiesText}
                      aria-invalid={messages.length > 0 ? true : undefined}
                      aria-describedby={[messages.length > 0 ? errorId : null, hintId].filter(Boolean).join(' ')}
                      onChange={(e) => {
                        const text = e.target.value;
                        setValues((v) => ({ ...v, parties: v.parties.map((row, i) => (i === index ? { ...row, activitiesText: text } : row)) }));
                      }}
                    />
                    <p id={hintId} className="hint">
                      {t('form.activitiesHint')}
                    </p>
                    {messages.length > 0 && (
                      <p id={errorId} className="field__error">
                        {messages.join(' ')}
                      </p>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
          <PartySearch
            inputId={PARTY_SEARCH_ID}
            inputRef={searchRef}
            isParty={(municipalityId) => values.parties.some((p) => p.municipalityId === municipalityId)}
            onAdd={add}
            messages={byField['parties'] ?? []}
          />
          <p className="sr-only" role="status">
            {announcement}
          </p>
        </fieldset>

        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={saving}>
            {saving ? t('common.saving') : existing ? t('form.save') : t('form.create')}
          </button>
          <Link className="button" to={existing ? `/registry/agreements/${existing.id}` : '/registry/agreements'}>
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
