import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { MUNICIPALITY_KINDS, type ApiErrorDetail, type Municipality } from '@bussanten/contracts';
import { PREFECTURES } from '@bussanten/domain';
import { isApiError } from '../../api/client';
import { describeError, isNotFound, messagesByField } from '../../api/error-messages';
import { registryApi } from '../../api/registry';
import { FieldShell } from '../../components/Field';
import { ErrorSummary, SummaryNote } from '../../components/FormErrors';
import { summaryItems } from '../../components/form-helpers';
import { ErrorState, Loading } from '../../components/Status';
import { municipalityKindKey } from '../../i18n/format';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { useResource } from '../../hooks/useResource';
import {
  EMPTY_MUNICIPALITY_FORM,
  MUNICIPALITY_FIELDS,
  toMunicipalityInput,
  validateMunicipalityForm,
  valuesFromMunicipality,
  type MunicipalityField,
  type MunicipalityFormValues,
} from './form-model';

export default function MunicipalityFormPage() {
  const { id } = useParams();
  return id ? <EditMunicipality id={id} /> : <MunicipalityForm existing={null} />;
}

function EditMunicipality({ id }: { id: string }) {
  const municipality = useResource(id, (signal) => registryApi.getMunicipality(id, { signal }));
  const m = municipality.data && municipality.data.id === id ? municipality.data : null;
  if (municipality.error !== null && !m) {
    return <ErrorState error={municipality.error} onRetry={isNotFound(municipality.error) ? undefined : municipality.reload} />;
  }
  if (!m) return <Loading />;
  return <MunicipalityForm key={m.id} existing={m} />;
}

const fieldId = (field: string) => `municipality-${field}`;

function MunicipalityForm({ existing }: { existing: Municipality | null }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const title = existing ? t('form.editMunicipality', { name: existing.name }) : t('form.newMunicipality');
  useDocumentTitle(title);

  const [values, setValues] = useState<MunicipalityFormValues>(() => (existing ? valuesFromMunicipality(existing) : EMPTY_MUNICIPALITY_FORM));
  const [details, setDetails] = useState<ApiErrorDetail[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempts > 0) summaryRef.current?.focus();
  }, [attempts]);

  const set = (field: MunicipalityField) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const problems = validateMunicipalityForm(values);
    if (problems.length > 0) {
      setDetails(problems);
      setFailure(null);
      setAttempts((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      const input = toMunicipalityInput(values);
      const saved = existing ? await registryApi.updateMunicipality(existing.id, input) : await registryApi.createMunicipality(input);
      navigate(`/registry/municipalities/${saved.id}`);
    } catch (err) {
      setDetails(isApiError(err) && err.body ? err.body.details : []);
      setFailure(err);
      setAttempts((n) => n + 1);
      setSaving(false);
    }
  };

  const byField = messagesByField(details, lang);
  const known = new Set<string>(MUNICIPALITY_FIELDS);
  const items = summaryItems(details, lang, (field) => ({ targetId: known.has(field) ? fieldId(field) : null, label: null }));
  const showSummary = attempts > 0 && (details.length > 0 || failure !== null);
  const summaryHeading = details.length > 0 ? t('error.summaryTitle', { count: details.length }) : describeError(failure, lang).message;

  const text = (field: MunicipalityField, label: string, extra: { required?: boolean; hint?: string; inputMode?: 'numeric' | 'decimal' | 'url'; type?: string; lang?: string; autoComplete?: string } = {}) => (
    <FieldShell id={fieldId(field)} label={label} required={extra.required} hint={extra.hint} messages={byField[field]}>
      {(aria) => (
        <input
          id={fieldId(field)}
          name={field}
          type={extra.type ?? 'text'}
          inputMode={extra.inputMode}
          lang={extra.lang}
          autoComplete={extra.autoComplete ?? 'off'}
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
        <Link to={existing ? `/registry/municipalities/${existing.id}` : '/registry'}>
          {existing ? existing.name : t('detail.backToList')}
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
        {text('name', t('field.name'), { required: true })}
        {text('reading', t('field.reading'), { required: true, hint: t('form.readingHint'), lang: 'ja' })}
        {text('nameEn', t('field.nameEn'), { lang: 'en' })}
        <FieldShell id={fieldId('prefectureCode')} label={t('field.prefectureCode')} required messages={byField['prefectureCode']}>
          {(aria) => (
            <select id={fieldId('prefectureCode')} name="prefectureCode" value={values.prefectureCode} onChange={set('prefectureCode')} {...aria}>
              <option value="">{t('form.select')}</option>
              {PREFECTURES.map((p) => (
                <option key={p.code} value={p.code}>
                  {lang === 'ja' ? p.name : p.nameEn}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <FieldShell id={fieldId('kind')} label={t('field.kind')} required messages={byField['kind']}>
          {(aria) => (
            <select id={fieldId('kind')} name="kind" value={values.kind} onChange={set('kind')} {...aria}>
              <option value="">{t('form.select')}</option>
              {MUNICIPALITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(municipalityKindKey(k))}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        {text('localGovernmentCode', t('field.localGovernmentCode'), { hint: t('form.codeHint'), inputMode: 'numeric' })}
        {text('population', t('field.population'), { inputMode: 'numeric' })}
        {text('areaKm2', t('field.areaKm2'), { hint: t('form.areaHint'), inputMode: 'decimal' })}
        {text('website', t('field.website'), { hint: t('form.websiteHint'), inputMode: 'url', type: 'url', autoComplete: 'url' })}
        <FieldShell id={fieldId('notes')} label={t('field.notes')} messages={byField['notes']}>
          {(aria) => <textarea id={fieldId('notes')} name="notes" rows={4} value={values.notes} onChange={set('notes')} {...aria} />}
        </FieldShell>

        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={saving}>
            {saving ? t('common.saving') : existing ? t('form.save') : t('form.create')}
          </button>
          <Link className="button" to={existing ? `/registry/municipalities/${existing.id}` : '/registry'}>
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
