import type { SelectionSetNode, ValidationRule } from 'graphql';
import { operationLimitError } from './operation-limit-error';

/**
 * Refuses an operation with more than `maximum` aliases. Aliases are how one request asks for
 * the same expensive field many times over (`a1: search(…) a2: search(…) …`), so they are
 * counted as executed: a fragment's aliases count once for every place it is spread.
 */
export function maxAliasesRule(maximum: number): ValidationRule {
  return (context) => {
    const fragmentAliases = new Map<string, number>();
    const counting = new Set<string>();

    const aliasesIn = (selectionSet: SelectionSetNode | undefined): number => {
      let count = 0;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === 'Field') {
          count += (selection.alias ? 1 : 0) + aliasesIn(selection.selectionSet);
        } else if (selection.kind === 'InlineFragment') {
          count += aliasesIn(selection.selectionSet);
        } else {
          count += aliasesInFragment(selection.name.value);
        }
      }
      return count;
    };

    const aliasesInFragment = (name: string): number => {
      const known = fragmentAliases.get(name);
      if (known !== undefined) return known;
      // A cycle is NoFragmentCycles' error to report; here it must only not loop forever.
      if (counting.has(name)) return 0;
      counting.add(name);
      const count = aliasesIn(context.getFragment(name)?.selectionSet);
      counting.delete(name);
      fragmentAliases.set(name, count);
      return count;
    };

    return {
      OperationDefinition(operation) {
        const actual = aliasesIn(operation.selectionSet);
        if (actual > maximum) {
          context.reportError(operationLimitError('aliases', maximum, actual, [operation]));
        }
        return false;
      },
    };
  };
}
