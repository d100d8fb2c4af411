import { decimalRule } from '@bussanten/domain';
import { Satisfies } from './satisfies';

/**
 * A finite number with at most `maxDecimalPlaces` decimals (libs/domain decimalRule, rule 'isNumber').
 * Replaces class-validator's IsNumber({ maxDecimalPlaces }), which throws on numbers it writes in
 * exponent notation (1e-7: "Cannot read properties of undefined (reading 'length')", a 500).
 */
export function IsDecimal(maxDecimalPlaces: number): PropertyDecorator {
  return Satisfies(decimalRule(maxDecimalPlaces));
}
