import { loadEnvFile } from './env-file';

/**
 * Imported first by the entry points, before any library reads its environment at load time:
 * `.env` is read, then NODE_ENV defaults to production, as the configuration already reads it
 * (src/config.ts). graphql-js, for one, checks every failed `instanceof` of a type test against
 * the class's name in any other mode, several milliseconds per large answer.
 */
loadEnvFile();
process.env.NODE_ENV ??= 'production';
