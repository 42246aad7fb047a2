import { GraphQLJSONObject } from 'graphql-scalars';

/** Free-form property maps (node properties, relation qualifiers): JSON objects. */
export const JSONObject = GraphQLJSONObject;
