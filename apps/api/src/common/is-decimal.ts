import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Decimal places of a finite number as JavaScript writes it, exponent notation included (1e-7 has 7, 1e21 none). */
export function decimalPlaces(n: number): number {
  const [mantissa, exponent = '0'] = String(Math.abs(n)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * A finite number with at most `maxDecimalPlaces` decimals. Replaces class-validator's
 * IsNumber({ maxDecimalPlaces }), which throws on numbers it writes in exponent notation (1e-7:
 * "Cannot read properties of undefined (reading 'length')", a 500); same rule name and message.
 */
export function IsDecimal(maxDecimalPlaces: number, options?: ValidationOptions): PropertyDecorator {
  return (object, propertyName) =>
    registerDecorator({
      name: 'isNumber',
      target: object.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && decimalPlaces(value) <= maxDecimalPlaces,
        defaultMessage: (args) => `${args?.property} must be a number conforming to the specified constraints`,
      },
    });
}
