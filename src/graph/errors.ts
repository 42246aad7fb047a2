/**
 * Errors of the graph layer, independent of GraphQL: the GraphQL layer maps each to its code once
 * (graphql/errors.ts), so `src/graph/` never imports the API's error types.
 */

/** A value a caller gave is out of range or malformed; `argument` names it as the caller knows it. */
export class InvalidArgumentError extends Error {
  constructor(
    readonly argument: string,
    readonly reason: string,
  ) {
    super(`${argument}: ${reason}`);
    this.name = 'InvalidArgumentError';
  }
}

/** A filter names an id that no node has. */
export class UnknownIdError extends Error {
  constructor(
    readonly argument: string,
    readonly id: string,
  ) {
    super(`${argument}: no node has id "${id}"`);
    this.name = 'UnknownIdError';
  }
}
