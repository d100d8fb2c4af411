import { registerDecorator } from 'class-validator';
import { ruleMessage, type SharedRule } from '@bussanten/domain';

/**
 * The property keeps rules the browser checks too (libs/domain shared-rules.ts), each checked and
 * reported on its own, like class-validator's decorators: an error detail is named by `rule.name`,
 * its message says which of the rule's problems it is.
 */
export function Satisfies(...rules: readonly SharedRule[]): PropertyDecorator {
  return (object, propertyName) => {
    for (const rule of rules) satisfies(rule, object, String(propertyName));
  };
}

function satisfies(rule: SharedRule, object: object, propertyName: string): void {
  registerDecorator({
    name: rule.name,
    target: object.constructor,
    propertyName,
    validator: {
      validate: (value: unknown) => rule.check(value) === null,
      defaultMessage: (args) => ruleMessage(rule, String(args?.property), rule.check(args?.value) ?? Object.keys(rule.messages)[0]),
    },
  });
}
