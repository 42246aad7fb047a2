import type { SelectionSetNode, ValidationRule } from 'graphql';
import { operationLimitError } from './operation-limit-error';

/**
 * Refuses an operation whose fields nest deeper than `maximum`; the root field is depth 1.
 * Fragments count where they are spread. Meta fields (`__schema`, `__type`, `__typename`) and
 * everything under them are exempt: they never reach the database, and the standard
 * introspection query nests `ofType` far deeper than any data query needs.
 */
export function maxDepthRule(maximum: number): ValidationRule {
  return (context) => {
    // A fragment's depth is the same wherever it is spread: measure each once.
    const fragmentDepths = new Map<string, number>();
    const measuring = new Set<string>();

    const depthOf = (selectionSet: SelectionSetNode | undefined): number => {
      let deepest = 0;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === 'Field') {
          if (selection.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet));
        } else if (selection.kind === 'InlineFragment') {
          deepest = Math.max(deepest, depthOf(selection.selectionSet));
        } else {
          deepest = Math.max(deepest, fragmentDepth(selection.name.value));
        }
      }
      return deepest;
    };

    const fragmentDepth = (name: string): number => {
      const known = fragmentDepths.get(name);
      if (known !== undefined) return known;
      // A cycle is NoFragmentCycles' error to report; here it must only not loop forever.
      if (measuring.has(name)) return 0;
      measuring.add(name);
      const depth = depthOf(context.getFragment(name)?.selectionSet);
      measuring.delete(name);
      fragmentDepths.set(name, depth);
      return depth;
    };

    return {
      OperationDefinition(operation) {
        const actual = depthOf(operation.selectionSet);
        if (actual > maximum) {
          context.reportError(operationLimitError('depth', maximum, actual, [operation]));
        }
        return false;
      },
    };
  };
}
