import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import type { ApiErrorDetail } from '@bussanten/contracts';
import { isApiError } from '../api/client';
import { messagesByField } from '../api/error-messages';
import { useI18n } from '../i18n/i18n';

interface FormSubmissionOptions<Saved> {
  /** The form's own checks; any problem stops the request. */
  validate: () => ApiErrorDetail[];
  /** Creates or updates the record. */
  save: () => Promise<Saved>;
  /** Where to go once saved: the record's page. Without it the form stays, ready for another submit. */
  pathAfterSave?: (saved: Saved) => string;
  /** Replaces the form's history entry when leaving (e.g. the sign-in page: Back should not return to it). */
  replace?: boolean;
  /** Runs once saved, before leaving (or instead of leaving). */
  onSaved?: (saved: Saved) => void;
}

export interface FormSubmission {
  /** The problems to show: the form's own, or the server's after a refused save. */
  details: ApiErrorDetail[];
  setDetails: (change: (details: ApiErrorDetail[]) => ApiErrorDetail[]) => void;
  /** The server's refusal or a network failure; null after the form's own checks fail. */
  failure: unknown;
  saving: boolean;
  /** Failed submits so far; the summary shows only once the user has tried. */
  attempts: number;
  summaryRef: RefObject<HTMLDivElement | null>;
  byField: Record<string, string[]>;
  onSubmit: (e: FormEvent) => void;
}

/**
 * The life of a record form's submit: check, save, go to the record (or stay, see pathAfterSave); or collect the problems and move
 * focus to the error summary after every failed try, so a screen reader announces it each time.
 */
export function useFormSubmission<Saved>({ validate, save, pathAfterSave, replace, onSaved }: FormSubmissionOptions<Saved>): FormSubmission {
  const { lang } = useI18n();
  const navigate = useNavigate();
  const [details, setDetails] = useState<ApiErrorDetail[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempts > 0) summaryRef.current?.focus();
  }, [attempts]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const problems = validate();
    if (problems.length > 0) {
      setDetails(problems);
      setFailure(null);
      setAttempts((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      const saved = await save();
      onSaved?.(saved);
      if (pathAfterSave) {
        navigate(pathAfterSave(saved), { replace });
        return;
      }
      setDetails([]);
      setFailure(null);
      setAttempts(0);
      setSaving(false);
    } catch (err) {
      setDetails(isApiError(err) && err.body ? err.body.details : []);
      setFailure(err);
      setAttempts((n) => n + 1);
      setSaving(false);
    }
  };

  return {
    details,
    setDetails,
    failure,
    saving,
    attempts,
    summaryRef,
    byField: messagesByField(details, lang),
    onSubmit: (e) => void submit(e),
  };
}
