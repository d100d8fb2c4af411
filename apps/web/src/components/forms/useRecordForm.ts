import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  get,
  useForm,
  useWatch,
  type DefaultValues,
  type FieldPath,
  type FieldPathByValue,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { ApiErrorDetail } from '@bussanten/contracts';
import { isApiError } from '../../api/client';
import { messagesByField } from '../../api/error-messages';
import type { FormSubmission } from './form-submission';
import { useI18n } from '../../i18n/i18n';
import type { BoundField } from '../form-helpers';
import { detailsFromFieldErrors, errorLeaves, fieldErrorsFromDetails } from './field-errors';

export interface RecordFormOptions<V extends FieldValues, Saved> {
  /** What the form starts with: exactly what the user would have typed. */
  defaultValues: V;
  /** The form's own checks (the form model's validate*Form), named as the API names problems; any problem stops the request. */
  validate: (values: V) => ApiErrorDetail[];
  /** Creates or updates the record from the checked values. */
  save: (values: V) => Promise<Saved>;
  /** The control id of a field path ('name' → 'municipality-name'). */
  controlId: (field: string) => string;
  /** Where to go once saved: the record's page. Without it the form stays, ready for another submit. */
  pathAfterSave?: (saved: Saved) => string;
  /** Replaces the form's history entry when leaving. */
  replace?: boolean;
  /** Runs once saved, before leaving (or instead of leaving). */
  onSaved?: (saved: Saved) => void;
}

export interface RecordForm<V extends FieldValues> {
  /** react-hook-form's own handle: setValue, getValues, formState… */
  form: UseFormReturn<V>;
  /** The values now, watched: the page re-renders as they change. */
  values: V;
  /** What SubmissionSummary and the fields read: the submit's state (form-submission.ts). */
  submission: FormSubmission;
  /** Binds a text field's control (input, textarea, select) to the form; `id` defaults to controlId(field). */
  field: (field: FieldPathByValue<V, string>, id?: string) => BoundField;
}

/**
 * A record form on react-hook-form. The resolver runs the form model's validate*Form and turns its
 * details into FieldErrors; a 400's details land on their fields through setError. Either way the
 * details are kept, in order, for the error summary, which gets focus after every failed try so a
 * screen reader announces it each time. Busy while react-hook-form says it is submitting.
 */
export function useRecordForm<V extends FieldValues, Saved>(options: RecordFormOptions<V, Saved>): RecordForm<V> {
  const { validate, save, controlId, pathAfterSave, replace, onSaved } = options;
  const { lang } = useI18n();
  const navigate = useNavigate();
  const resolver: Resolver<V> = (values) => {
    const problems = validate(values);
    return problems.length > 0 ? { values: {}, errors: fieldErrorsFromDetails<V>(problems) } : { values, errors: {} };
  };
  const form = useForm<V>({ defaultValues: options.defaultValues as DefaultValues<V>, resolver, shouldFocusError: false });
  // Every value is there from the start (defaultValues is a whole V), so the watched values are a whole V too.
  const values = useWatch({ control: form.control }) as V;

  const [details, setDetailsState] = useState<ApiErrorDetail[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [attempts, setAttempts] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const busy = useRef(false);
  useEffect(() => {
    if (attempts > 0) summaryRef.current?.focus();
  }, [attempts]);

  /** Shows `next` in the summary and, through setError, on the fields. */
  const show = (next: ApiErrorDetail[]) => {
    form.clearErrors();
    for (const [path, error] of errorLeaves(fieldErrorsFromDetails(next))) form.setError(path as FieldPath<V>, error);
    setDetailsState(next);
  };

  const onValid = async (checked: V) => {
    try {
      const saved = await save(checked);
      onSaved?.(saved);
      if (pathAfterSave) {
        navigate(pathAfterSave(saved), { replace });
        return;
      }
      setDetailsState([]);
      setFailure(null);
      setAttempts(0);
    } catch (err) {
      show(isApiError(err) && err.body ? err.body.details : []);
      setFailure(err);
      setAttempts((n) => n + 1);
    }
  };

  // The resolver has put the problems on the fields; the summary lists them in the model's order.
  const onInvalid = () => {
    setDetailsState(validate(form.getValues()));
    setFailure(null);
    setAttempts((n) => n + 1);
  };

  const byField = messagesByField(detailsFromFieldErrors(form.formState.errors), lang);
  const submission: FormSubmission = {
    details,
    setDetails: (change) => show(change(details)),
    failure,
    saving: form.formState.isSubmitting,
    attempts,
    summaryRef,
    byField,
    onSubmit: (e) => {
      e.preventDefault();
      if (busy.current) return;
      busy.current = true;
      void form
        .handleSubmit(
          onValid,
          onInvalid,
        )(e)
        .finally(() => {
          busy.current = false;
        });
    },
  };

  const field = (path: FieldPathByValue<V, string>, id?: string): BoundField => ({
    id: id ?? controlId(path),
    name: path,
    value: (get(values, path) as string | undefined) ?? '',
    onChange: (e) => form.setValue(path, e.target.value as never, { shouldDirty: true }),
    messages: byField[path],
  });

  return { form, values, submission, field };
}
