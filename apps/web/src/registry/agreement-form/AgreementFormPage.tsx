import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { Agreement, MunicipalitySummary } from '@bussanten/contracts';
import { messagesUnder, partyIndexOf } from '../../api/error-messages';
import { registryApi } from '../api/registry';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { controlAria } from '../../components/form-helpers';
import { FieldMessages, SubmissionSummary } from '../../components/FormErrors';
import { QueryState } from '../../components/QueryState';
import { RecordFormActions, RecordFormHeading } from '../../components/RecordForm';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { agreementKindOptions } from '../../i18n/options';
import { useDocumentTitle, useI18n } from '../../i18n/i18n';
import { EMPTY_AGREEMENT_FORM, addParty, detailsAfterRemovingParty, toAgreementInput, validateAgreementForm, valuesFromAgreement } from './form-model';
import { PartySearch } from './PartySearch';
import { agreementSaved, useAgreement } from '../queries';

export default function AgreementFormPage() {
  const { id } = useParams();
  if (!id) return <AgreementForm existing={null} />;
  return <EditAgreement id={id} />;
}

/** The form starts from the saved values, so it is shown once the record is there. */
function EditAgreement({ id }: { id: string }) {
  const agreement = useAgreement(id);
  return <QueryState query={agreement}>{(a) => <AgreementForm key={a.id} existing={a} />}</QueryState>;
}

const fieldId = (field: string) => `agreement-${field}`;
const partyActivitiesId = (index: number) => `agreement-party-${index}-activities`;
const PARTY_SEARCH_ID = 'agreement-party-search';
const SIMPLE_FIELDS = ['kind', 'title', 'signedOn', 'signedYear', 'occasion', 'explanation'] as const;

function AgreementForm({ existing }: { existing: Agreement | null }) {
  const { t, lang } = useI18n();
  const title = existing ? t('form.editAgreement', { name: existing.title }) : t('form.newAgreement');
  useDocumentTitle(title);

  const [announcement, setAnnouncement] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();
  const { form, values, submission, field } = useRecordForm({
    defaultValues: existing ? valuesFromAgreement(existing) : EMPTY_AGREEMENT_FORM,
    validate: validateAgreementForm,
    controlId: fieldId,
    save: (checked) => {
      const input = toAgreementInput(checked);
      return existing ? registryApi.updateAgreement(existing.id, input) : registryApi.createAgreement(input);
    },
    onSaved: (saved) => void agreementSaved(queryClient, existing, saved),
    pathAfterSave: (saved) => `/registry/agreements/${saved.id}`,
  });
  const { byField, setDetails } = submission;
  const backTo = existing ? `/registry/agreements/${existing.id}` : '/registry/agreements';

  const add = (m: MunicipalitySummary) => {
    form.setValue(
      'parties',
      addParty(form.getValues('parties'), { municipalityId: m.id, name: m.name, prefecture: m.prefecture, prefectureCode: m.prefectureCode }),
      {
        shouldDirty: true,
      },
    );
    // "add at least one party" is answered now.
    setDetails((d) => d.filter((x) => !(x.field === 'parties' && x.rule === 'arrayMinSize')));
    setAnnouncement(t('form.partyAdded', { name: m.name }));
    searchRef.current?.focus();
  };

  const remove = (index: number) => {
    form.setValue(
      'parties',
      form.getValues('parties').filter((_, i) => i !== index),
      { shouldDirty: true },
    );
    setDetails((d) => detailsAfterRemovingParty(d, index));
    setAnnouncement('');
    searchRef.current?.focus();
  };

  // A party's problems point at its activities box and are labelled with its name.
  const locate = (path: string) => {
    const index = partyIndexOf(path);
    if (index !== null) {
      const party = values.parties[index];
      return {
        targetId: party ? partyActivitiesId(index) : null,
        label: t('field.party', { n: index + 1, name: party?.name ?? '?' }),
      };
    }
    if (path === 'parties') return { targetId: PARTY_SEARCH_ID, label: null };
    return { targetId: (SIMPLE_FIELDS as readonly string[]).includes(path) ? fieldId(path) : null, label: null };
  };

  return (
    <>
      <RecordFormHeading title={title} backTo={backTo} backLabel={existing ? existing.title : t('agreements.backToList')} />

      <SubmissionSummary submission={submission} locate={locate} />

      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        <SelectField {...field('kind')} label={t('field.agreementKind')} required options={agreementKindOptions(lang)} />
        <TextField {...field('title')} label={t('field.title')} required />

        <fieldset className="fieldset" aria-describedby="agreement-date-hint">
          <legend>{t('form.dateGroup')}</legend>
          <p id="agreement-date-hint" className="hint">
            {t('form.dateHint')}
          </p>
          <div className="fieldset__row">
            <TextField {...field('signedOn')} label={t('field.signedOn')} type="date" />
            <TextField {...field('signedYear')} label={t('field.signedYear')} inputMode="numeric" />
          </div>
        </fieldset>

        <TextField {...field('occasion')} label={t('field.occasion')} />
        <TextAreaField {...field('explanation')} label={t('field.explanation')} />

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
                      {...controlAria(messages, { errorId, hintId })}
                      onChange={(e) => form.setValue(`parties.${index}.activitiesText`, e.target.value, { shouldDirty: true })}
                    />
                    <p id={hintId} className="hint">
                      {t('form.activitiesHint')}
                    </p>
                    <FieldMessages id={errorId} messages={messages} />
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

        <RecordFormActions saving={submission.saving} isNew={!existing} cancelTo={backTo} />
      </form>
    </>
  );
}
