import { useEffect, useState } from 'react';
import { loadPasswordEstimator, type PasswordEstimator } from '@bussanten/domain';

/**
 * zxcvbn with its dictionaries, loaded when a page that sets a password opens: the domain's loader
 * imports them dynamically, so they are a chunk of their own that the sign-in page never fetches.
 * Null until loaded (and if loading fails: the server still checks).
 */
export function usePasswordEstimator(): PasswordEstimator | null {
  const [estimator, setEstimator] = useState<PasswordEstimator | null>(null);
  useEffect(() => {
    let live = true;
    loadPasswordEstimator()
      .then((e) => live && setEstimator(() => e))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return estimator;
}
