import { registerDecorator, type ValidationOptions } from 'class-validator';
import { checkLocalGovernmentCode } from '@bussanten/domain';

const PROBLEM_TEXT = {
  format: 'must be six digits',
  prefecture: 'must start with a prefecture code from 01 to 47',
  checkDigit: 'has a wrong check digit',
} as const;

/** 全国地方公共団体コード with a valid check digit (rule in libs/domain). */
export function IsLocalGovernmentCode(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'localGovernmentCode',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && checkLocalGovernmentCode(value) === null,
        defaultMessage: (args) => {
          const value = args?.value;
          const problem = typeof value === 'string' ? (checkLocalGovernmentCode(value) ?? 'format') : 'format';
          return `${args?.property} ${PROBLEM_TEXT[problem]}`;
        },
      },
    });
}
