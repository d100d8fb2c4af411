/**
 * Password strength by zxcvbn (@zxcvbn-ts/core) with the common, Japanese and English dictionaries:
 * a maintained estimator of how many guesses a password takes, in place of a short list of common
 * passwords. The dictionaries are large (the Japanese one most of all), so they are loaded on first
 * use by dynamic import: the API loads them once; the web loads them only on the pages that set a
 * password, so that the sign-in page stays small.
 *
 * Feedback comes back as zxcvbn's keys (no translations are loaded): `warning` one of
 * ZXCVBN_WARNINGS, `suggestions` of ZXCVBN_SUGGESTIONS; the UI translates them in ja and en.
 */
export type PasswordScore = 0 | 1 | 2 | 3 | 4;

/** The lowest score accepted: 3, "safely unguessable" (about 10^8 guesses or more). */
export const PASSWORD_MIN_SCORE: PasswordScore = 3;

export interface PasswordEstimate {
  score: PasswordScore;
  /** log10 of the guesses zxcvbn expects an attacker needs. */
  guessesLog10: number;
  warning: string | null;
  suggestions: string[];
}

export interface PasswordEstimator {
  estimate(password: string, userInputs?: string[]): PasswordEstimate;
}

export const ZXCVBN_WARNINGS = [
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'userInputs',
  'pwned',
] as const;
export const ZXCVBN_SUGGESTIONS = [
  'l33t',
  'reverseWords',
  'allUppercase',
  'capitalization',
  'dates',
  'recentYears',
  'associatedYears',
  'sequences',
  'repeated',
  'longerKeyboardPattern',
  'anotherWord',
  'useWords',
  'noNeed',
  'pwned',
] as const;

/** Words of this application that make a password easier to guess, whoever sets it. */
const SITE_WORDS = ['bussanten', '物産展', 'shinagawa', '品川', 'shinagawaku', '品川区'];

/** The address and its parts, as zxcvbn's user inputs: a password built from them is weak. */
export function passwordUserInputs(email: string | undefined): string[] {
  if (!email) return SITE_WORDS;
  const [local, domain = ''] = email.toLowerCase().split('@');
  return [...SITE_WORDS, email.toLowerCase(), local, ...local.split(/[._+-]+/).filter((p) => p.length >= 3), ...domain.split('.').filter((p) => p.length >= 3)];
}

let loading: Promise<PasswordEstimator> | null = null;

/** The estimator with every dictionary, loaded once (dynamic imports: a separate chunk in the web). */
export function loadPasswordEstimator(): Promise<PasswordEstimator> {
  loading ??= (async () => {
    const [{ ZxcvbnFactory }, common, ja, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-ja'),
      import('@zxcvbn-ts/language-en'),
    ]);
    // The language packages name their lists alike (commonWords, firstnames, …): keep each one.
    const named = (lang: string, lists: Record<string, string[]>) =>
      Object.fromEntries(Object.entries(lists).map(([name, words]) => [`${name}-${lang}`, words]));
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...named('ja', ja.dictionary), ...named('en', en.dictionary) },
      graphs: common.adjacencyGraphs,
    });
    return {
      estimate(password: string, userInputs: string[] = []): PasswordEstimate {
        const r = zxcvbn.check(password, userInputs);
        return {
          score: r.score as PasswordScore,
          guessesLog10: Math.round(r.guessesLog10 * 10) / 10,
          warning: r.feedback.warning || null,
          suggestions: r.feedback.suggestions,
        };
      },
    };
  })();
  loading.catch(() => (loading = null));
  return loading;
}
