import type { ValueTransformer } from 'typeorm';

/** pg returns numeric as a string to keep precision; our numerics (km² to 2 places) fit a JS number. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
