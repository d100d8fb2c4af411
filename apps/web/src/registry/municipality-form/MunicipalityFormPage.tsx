import { useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { Municipality } from '@bussanten/contracts';
import { registryApi } from '../api/registry';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { QueryState } from '../../components/QueryState';
import { RecordFormActions, RecordFormHeading } from '../../components/RecordForm';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { municipalityKindOptions, prefectureOptions } from '../../i18n/options';
import { ListedFields } from './ListedFields';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { EMPTY_MUNICIPALITY_FORM, MUNICIPALITY_FIELDS, toMunicipalityInput, validateMunicipalityForm, valuesFromMunicipality } from './form-model';
import { municipalityChanged, municipalityCreated, useMunicipality } from '../queries';

export default function MunicipalityFormPage() {
  const { id } = useParams();
  if (!id) return <MunicipalityForm existing={null} />;
  return <EditMunicipality id={id} />;
}

/** The form starts from the saved values, so it is shown once the record is there. */
function EditMunicipality({ id }: { id: string }) {
  const municipality = useMunicipality(id);
  return <QueryState query={municipality}>{(m) => <MunicipalityForm key={m.id} existing={m} />}</QueryState>;
}

const fieldId = (field: string) => `municipality-${field}`;
const KNOWN_FIELDS = new Set<string>(MUNICIPALITY_FIELDS);

function MunicipalityForm({ existing }: { existing: Municipality | null }) {
  const { t, lang } = useI18n();
  const title = existing ? t('form.editMunicipality', { name: existing.name }) : t('form.newMunicipality');
  useDocumentTitle(title);

  const queryClient = useQueryClient();
  const { submission, field } = useRecordForm({
    defaultValues: existing ? valuesFromMunicipality(existing) : EMPTY_MUNICIPALITY_FORM,
    validate: validateMunicipalityForm,
    controlId: fieldId,
    save: (values) => {
      const input = toMunicipalityInput(values);
      return existing ? registryApi.updateMunicipality(existing.id, input) : registryApi.createMunicipality(input);
    },
    onSaved: (saved) => void (existing ? municipalityChanged(queryClient, saved) : municipalityCreated(queryClient, saved)),
    pathAfterSave: (saved) => `/registry/municipalities/${saved.id}`,
  });
  const backTo = existing ? `/registry/municipalities/${existing.id}` : '/registry';

  return (
    <>
      <RecordFormHeading title={title} backTo={backTo} backLabel={existing ? existing.name : t('detail.backToList')} />

      <SubmissionSummary submission={submission} locate={(f) => ({ targetId: KNOWN_FIELDS.has(f) ? fieldId(f) : null, label: null })} />

      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        {existing?.listed ? (
          <ListedFields municipality={existing} />
        ) : (
          <>
            <TextField {...field('name')} label={t('field.name')} required />
            <TextField {...field('reading')} label={t('field.reading')} required hint={t('form.readingHint')} lang="ja" />
          </>
        )}
        <TextField {...field('nameEn')} label={t('field.nameEn')} lang="en" />
        {!existing?.listed && (
          <>
            <SelectField {...field('prefectureCode')} label={t('field.prefectureCode')} required options={prefectureOptions(lang)} />
            <SelectField {...field('kind')} label={t('field.kind')} required options={municipalityKindOptions(lang)} />
            <TextField {...field('localGovernmentCode')} label={t('field.localGovernmentCode')} hint={t('form.codeHint')} inputMode="numeric" />
          </>
        )}
        <TextField {...field('population')} label={t('field.population')} inputMode="numeric" />
        {/* Short labels inside a named group, so 人口 labels the figure alone. */}
        <fieldset className="form__group">
          <legend>{t('registry.populationFigure')}</legend>
          <TextField {...field('populationAsOf')} label={t('registry.asOf')} type="date" />
          <TextField {...field('populationSource')} label={t('registry.source')} hint={t('registry.sourceHint')} />
        </fieldset>
        <TextField {...field('areaKm2')} label={t('field.areaKm2')} hint={t('form.areaHint')} inputMode="decimal" />
        <fieldset className="form__group">
          <legend>{t('registry.areaFigure')}</legend>
          <TextField {...field('areaAsOf')} label={t('registry.asOf')} type="date" />
          <TextField {...field('areaSource')} label={t('registry.source')} hint={t('registry.sourceHint')} />
        </fieldset>
        <TextField {...field('website')} label={t('field.website')} hint={t('form.websiteHint')} inputMode="url" type="url" autoComplete="url" />
        <TextAreaField {...field('notes')} label={t('field.notes')} />

        <RecordFormActions saving={submission.saving} isNew={!existing} cancelTo={backTo} />
      </form>
    </>
  );
}
