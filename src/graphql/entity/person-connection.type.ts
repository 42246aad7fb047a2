import { Connection } from '../common/connection';
import { Person } from './kinds.type';

/** A document's `signatoriesConnection`. */
export const PersonConnection = Connection(
  'Person',
  () => Person,
  'People, ordered by English name.',
);
