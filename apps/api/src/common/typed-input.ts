import { Transform } from 'class-transformer';
import { normalizeBoothCode, normalizeBoothZone, normalizeIfText } from '@bussanten/domain';

// Runs before validation (the ValidationPipe transforms first), so '１３：３０' is checked, and stored,
// as '13:30': the same rule the browser applies (libs/domain typed-input.ts). Anything not a string
// is left for the validators to refuse.

/** A field of digits, codes or times typed with the IME on or off: phone numbers, times. */
export const TypedText = (): PropertyDecorator => Transform(({ value }) => normalizeIfText(value));

/** A list of such fields (the repeat dialog's start times). */
export const TypedTextEach = (): PropertyDecorator =>
  Transform(({ value }) => (Array.isArray(value) ? value.map((item: unknown) => normalizeIfText(item)) : value));

/** A booth code, stored and compared normalised and upper-case: 'Ａ１', 'a1' and 'A1' are one booth. */
export const BoothCodeText = (): PropertyDecorator => Transform(({ value }) => normalizeIfText(value, normalizeBoothCode));

/** A booth's zone (区画): trimmed, and blank stored as none (null). */
export const BoothZoneText = (): PropertyDecorator => Transform(({ value }) => normalizeBoothZone(value));
