import { Connection } from '../common/connection';
import { Clause } from './clause.type';

/** Root `clauses` and a document's `clausesConnection`. */
export const ClauseConnection = Connection(
  'Clause',
  () => Clause,
  'Clauses in reading order (document id, then position).',
);
