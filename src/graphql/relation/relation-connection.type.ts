import { Connection } from '../common/connection';
import { Relation } from './relation.type';

/** A page of relations: `relationsConnection`, `sectorsConnection`, `assertsConnection` … */
export const RelationConnection = Connection(
  'Relation',
  () => Relation,
  'A page of relations, in the order of the plain list field it pages (by id; `asserts` in text order).',
);
