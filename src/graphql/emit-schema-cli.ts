/** `npm run schema:emit`: writes schema/schema.graphql from the code. */
import 'reflect-metadata';
import { emitSchema, SCHEMA_FILE } from './emit-schema';

emitSchema()
  .then(() => console.log(`Wrote ${SCHEMA_FILE}`))
  .catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
