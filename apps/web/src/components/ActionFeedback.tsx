import { useEffect, useRef, useState, type ReactNode } from 'react';
import { describeError } from '../api/error-messages';
import { useI18n } from '../i18n/i18n';

/**
 * What a confirmed action on a page said last: a success line (announced politely) or the API's
 * refusal (an alert that takes focus, so a keyboard user lands on it). Starting the next action
 * clears both.
 */
export function useActionFeedback(): { feedback: ReactNode; succeeded: (text: string) => void; failed: (error: unknown) => void; clear: () => void } {
  const { lang } = useI18n();
  const [done, setDone] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error !== null) errorRef.current?.focus();
  }, [error]);
  const feedback = (
    <>
      <p className="flash" role="status" hidden={!done}>
        {done}
      </p>
      {error !== null && (
        <div className="status status--error" role="alert" tabIndex={-1} ref={errorRef}>
          <p>{describeError(error, lang).message}</p>
        </div>
      )}
    </>
  );
  return {
    feedback,
    succeeded: setDone,
    failed: setError,
    clear: () => {
      setDone('');
      setError(null);
    },
  };
}
