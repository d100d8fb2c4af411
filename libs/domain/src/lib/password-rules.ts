/**
 * Password rules after current guidance (NIST SP 800-63B): length, not composition. At least 12
 * characters, at most 256, and not a commonly used or trivially guessable one. No rules about
 * digits or symbols, no forced rotation.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// Passwords of 12+ characters that appear in breach corpora and guessing lists (lower-cased).
const COMMON = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789123', '111111111111', '000000000000',
  '123123123123', '121212121212', '112233445566', '1q2w3e4r5t6y', '1qaz2wsx3edc', 'qwertyuiopas',
  'qwertyuiop12', 'qwerty123456', 'qwertyqwerty', 'asdfghjkl123', 'zxcvbnm12345', 'password1234',
  'password12345', 'password123456', 'passwordpassword', 'password!234', 'p@ssw0rd1234', 'iloveyou1234',
  'iloveyouiloveyou', 'abcdefghijkl', 'abcdef123456', 'abc123abc123', 'administrator', 'administrator1',
  'letmein12345', 'welcome12345', 'welcome123456', 'changeme1234', 'trustno1trustno1', 'sunshine1234',
  'princess1234', 'football1234', 'baseball1234', 'superman1234', 'starwars1234', 'dragon123456',
  'monkey123456', 'shadow123456', 'master123456', 'michael12345', 'computer1234', 'internet1234',
  'qwerty1234567', 'passw0rdpassw0rd', 'correcthorsebatterystaple', 'thequickbrownfox',
  'bussanten1234', 'bussanten2023', 'shinagawa123', 'shinagawa1234', 'shinagawacity', 'tokyo1234567',
  'japan1234567', 'nippon123456', 'sakura123456', 'arigatou1234', 'konnichiwa12',
]);

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'repetitive' | 'containsEmail';

function isRepetitive(p: string): boolean {
  if (new Set(p).size <= 2) return true; // aaaaaaaaaaaa, abababababab
  // Runs like 123456789012 or abcdefghijkl: each character one step from the previous.
  let steps = 0;
  for (let i = 1; i < p.length; i++) if (Math.abs(p.charCodeAt(i) - p.charCodeAt(i - 1)) === 1) steps++;
  return steps >= p.length - 2;
}

/** Null when acceptable; otherwise why not. Length counts characters (Japanese passphrases are fine). */
export function checkPassword(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'tooLong';
  const folded = password.normalize('NFKC').toLowerCase();
  if (COMMON.has(folded)) return 'common';
  if (isRepetitive(folded)) return 'repetitive';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && folded.includes(local)) return 'containsEmail';
  return null;
}

export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, string> = {
  tooShort: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  tooLong: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
  common: 'is too common; choose a longer phrase of your own',
  repetitive: 'is too easy to guess (repeated or sequential characters)',
  containsEmail: 'must not contain your e-mail address',
};
