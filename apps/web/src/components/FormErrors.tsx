import type { ReactNode, Ref } from 'react';
import { isApiError } from '../api/client';
import { describeError } from '../api/error-messages';
import type { FormSubmission } from './forms/form-submission';
import { useI18n } from '../i18n/i18n';
import { summaryItems } from './form-helpers';

export interface SummaryItem {
  /** id of the control to jump to. */
  targetId: string | null;
  label: string;
  message: string;
}

/** The list of problems at the top of a form; focused after a failed submit so it is announced. */
export function ErrorSummary({ heading, items, ref, children }: { heading: string; items: SummaryItem[]; ref?: Ref<HTMLDivElement>; children?: ReactNode }) {
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      <h2>{heading}</h2>
      {children}
      {items.length > 0 && (
        <ul>
          {items.map((item, i) => (
            <li key={i}>
              {item.targetId ? (
                <a href={`#${item.targetId}`}>
                  {item.label ? `${item.label}: ` : ''}
                  {item.message}
                </a>
              ) : (
                <>
                  {item.label ? `${item.label}: ` : ''}
                  {item.message}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Messages shown right under a control; its id goes into the control's aria-describedby. */
export function FieldMessages({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="field__error">
      {messages.join(' ')}
    </p>
  );
}

/** "必須" marker inside a label. */
export function Required() {
  const { t } = useI18n();
  return <span className="required">{t('common.required')}</span>;
}

/**
 * Under the summary heading: the error code's own sentence when it says more than "check the fields"
 * (e.g. DUPLICATE_MUNICIPALITY), and the correlation id of a 500.
 */
export function SummaryNote({ failure, hasDetails }: { failure: unknown; hasDetails: boolean }) {
  const { t, lang } = useI18n();
  if (failure === null) return null;
  const { message, correlationId } = describeError(failure, lang);
  const generic = isApiError(failure) && failure.body?.code === 'VALIDATION_FAILED';
  return (
    <>
      {hasDetails && !generic && <p>{message}</p>}
      {correlationId && <p className="muted">{t('error.correlationId', { id: correlationId })}</p>}
    </>
  );
}

/**
 * The summary of a form's submission, shown once a submit has failed: headed by the number of
 * problems, or by the failure itself when the server gave no field to point at.
 * `locate` maps a problem's field path to its control (see summaryItems).
 */
export function SubmissionSummary({ submission, locate }: { submission: FormSubmission; locate: Parameters<typeof summaryItems>[2] }) {
  const { t, lang } = useI18n();
  const { attempts, details, failure, summaryRef } = submission;
  if (attempts === 0 || (details.length === 0 && failure === null)) return null;
  const heading = details.length > 0 ? t('error.summaryTitle', { count: details.length }) : describeError(failure, lang).message;
  return (
    <ErrorSummary ref={summaryRef} heading={heading} items={summaryItems(details, lang, locate)}>
      <SummaryNote failure={failure} hasDetails={details.length > 0} />
    </ErrorSummary>
  );
}
