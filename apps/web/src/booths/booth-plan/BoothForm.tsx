import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { BOOTH_TAGS, type ApiErrorDetail, type Booth, type BoothTag } from '@bussanten/contracts';
import { BOOTH_TAG_KEYS, fairsApi } from '../../fairs';
import { detailMessage } from '../../api/error-messages';
import { FieldShell, TextField } from '../../components/Field';
import { SubmissionSummary } from '../../components/FormErrors';
import { detailsFromFieldErrors } from '../../components/forms/field-errors';
import { useRecordForm } from '../../components/forms/useRecordForm';
import { useI18n } from '../../i18n/i18n';
import type { Lang, MessageKey } from '../../i18n/dictionaries';
import { BOOTH_FLAGS, PRIME_LEVELS, boothControlId, toBoothInputFromForm, validateBoothForm, type BoothFormValues } from './booth-form-model';
import { placementProblems, primeText, problemText, type RoomSize } from './plan-geometry';
import { boothSaved } from '../queries';

const LABELS: Record<string, MessageKey> = {
  code: 'plan.field.code',
  x: 'plan.field.x',
  y: 'plan.field.y',
  width: 'plan.field.width',
  depth: 'plan.field.depth',
  powerWatts: 'plan.field.powerWatts',
  fridge: 'plan.field.fridge',
  freezer: 'plan.field.freezer',
  water: 'plan.field.water',
  cookingAllowed: 'plan.field.cookingAllowed',
  tags: 'plan.field.tags',
  prime: 'plan.field.prime',
  zone: 'plan.field.zone',
};

/** Placement problems name the booth they overlap; everything else reads as the API's rule says. */
function messagesOf(details: readonly ApiErrorDetail[], lang: Lang): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of details) {
    const text = d.rule === 'overlapsBooth' || d.rule === 'insideRoom' ? problemText(d, lang) : detailMessage(d, lang);
    const list = (out[d.field] ??= []);
    if (!list.includes(text)) list.push(text);
  }
  return out;
}

interface BoothFormProps {
  fairId: string;
  room: RoomSize;
  booths: readonly Booth[];
  /** The booth edited, or null to add one. */
  booth: Booth | null;
  initial: BoothFormValues;
  /** Saved (the plan in the cache has it already): for the editor to close the form and say so. */
  onSaved: (booth: Booth) => void;
  onCancel: () => void;
}

/**
 * Every field of a booth, for what the plan cannot show (facilities, tags) and for anyone who
 * prefers typing positions to dragging. Saved with the whole BoothInput, as the API replaces it.
 */
export function BoothForm({ fairId, room, booths, booth, initial, onSaved, onCancel }: BoothFormProps) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Opened from the plan or the table: start reading at the form's title.
    headingRef.current?.focus();
  }, []);

  const validate = (v: BoothFormValues): ApiErrorDetail[] => {
    const problems = validateBoothForm(v);
    if (problems.length) return problems;
    return placementProblems(toBoothInputFromForm(v), room, booths, booth?.id ?? null);
  };
  const { form, values, submission } = useRecordForm({
    defaultValues: initial,
    validate,
    controlId: (field) => boothControlId(field) ?? `booth-${field}`,
    save: (checked) => {
      const input = toBoothInputFromForm(checked);
      return booth ? fairsApi.updateBooth(fairId, booth.id, input) : fairsApi.createBooth(fairId, input);
    },
    onSaved: (saved) => {
      void boothSaved(queryClient, fairId, booth, saved);
      onSaved(saved);
    },
  });
  // The fields' problems now, each read from the detail that carries its meta (the booth a placement overlaps):
  // the form's own checks of the values now, else the server's answer.
  const known = [...validate(values), ...submission.details];
  const byField = messagesOf(
    detailsFromFieldErrors(form.formState.errors).map((d) => known.find((k) => k.field === d.field && k.rule === d.rule) ?? d),
    lang,
  );
  const set = <K extends keyof BoothFormValues>(field: K, value: BoothFormValues[K]) => form.setValue(field, value as never, { shouldDirty: true });
  const title = booth ? t('plan.form.editTitle', { code: booth.code }) : t('plan.form.newTitle');

  const text = (field: 'code' | 'x' | 'y' | 'width' | 'depth' | 'powerWatts', extra: { hint?: string; inputMode?: 'numeric' | 'decimal' } = {}) => (
    <TextField
      id={`booth-${field}`}
      name={field}
      value={values[field]}
      onChange={(e) => set(field, e.target.value)}
      messages={byField[field]}
      label={t(LABELS[field] as MessageKey)}
      required
      {...extra}
    />
  );
  const flag = (field: (typeof BOOTH_FLAGS)[number]) => (
    <label className="checkbox" key={field}>
      <input id={`booth-${field}`} type="checkbox" checked={values[field]} onChange={(e) => set(field, e.target.checked)} />
      {t(LABELS[field] as MessageKey)}
    </label>
  );
  const toggleTag = (tag: BoothTag, on: boolean) => {
    const tags = form.getValues('tags');
    set('tags', on ? [...tags.filter((x) => x !== tag), tag] : tags.filter((x) => x !== tag));
  };

  return (
    <section className="booth-form" aria-labelledby="booth-form-heading">
      <h2 id="booth-form-heading" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <SubmissionSummary submission={submission} locate={(f) => ({ targetId: boothControlId(f), label: LABELS[f] ? t(LABELS[f] as MessageKey) : null })} />
      <form className="form" noValidate onSubmit={submission.onSubmit} aria-busy={submission.saving}>
        {text('code', { hint: t('plan.form.codeHint') })}
        <TextField
          id="booth-zone"
          name="zone"
          value={values.zone}
          onChange={(e) => set('zone', e.target.value)}
          messages={byField['zone']}
          label={t('plan.field.zone')}
          hint={t('plan.form.zoneHint')}
        />
        <p className="hint">{t('plan.form.positionHint', { width: room.widthM, depth: room.depthM })}</p>
        <div className="inline-fields">
          {text('x', { inputMode: 'decimal' })}
          {text('y', { inputMode: 'decimal' })}
          {text('width', { inputMode: 'decimal' })}
          {text('depth', { inputMode: 'decimal' })}
        </div>
        <fieldset className="checkbox-group">
          <legend>{t('plan.form.facilities')}</legend>
          {text('powerWatts', { inputMode: 'numeric', hint: t('plan.form.powerHint') })}
          <div className="checkbox-group__items">{BOOTH_FLAGS.map(flag)}</div>
        </fieldset>
        <fieldset className="checkbox-group">
          <legend>{t('plan.field.tags')}</legend>
          <div className="checkbox-group__items">
            {BOOTH_TAGS.map((tag) => (
              <label className="checkbox" key={tag}>
                <input id={`booth-tag-${tag}`} type="checkbox" checked={values.tags.includes(tag)} onChange={(e) => toggleTag(tag, e.target.checked)} />
                {t(BOOTH_TAG_KEYS[tag])}
              </label>
            ))}
          </div>
        </fieldset>
        <FieldShell id="booth-prime" label={t('plan.field.prime')} hint={t('plan.form.primeHint')} messages={byField['prime']}>
          {(aria) => (
            <select id="booth-prime" name="prime" value={values.prime} onChange={(e) => set('prime', Number(e.target.value))} {...aria}>
              {PRIME_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {primeText(level, lang)}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <div className="form__actions">
          <button type="submit" className="button--primary" disabled={submission.saving}>
            {submission.saving ? t('common.saving') : booth ? t('form.save') : t('plan.form.create')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
