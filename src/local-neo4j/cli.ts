/**
 * `npm run db:start` / `npm run db:stop`: the project's local Neo4j by hand. `npm start` and
 * `npm test` call the same functions, so this is only needed to keep one server across runs.
 */
import { ConfigError, loadConfig } from '../config';
import { loadEnvFile } from '../env-file';
import { startLocalNeo4j, stopLocalNeo4j } from './server';

async function main(command: string | undefined): Promise<void> {
  switch (command) {
    case 'start': {
      loadEnvFile();
      const config = loadConfig();
      const server = await startLocalNeo4j({ boltPort: config.localBoltPort });
      console.log(
        `${server.startedHere ? 'Started' : 'Already running'}: ${server.uri} (user ${server.username}, password in .neo4j/password)`,
      );
      return;
    }
    case 'stop': {
      const stopped = await stopLocalNeo4j();
      if (!stopped) console.log('Neo4j was not running');
      return;
    }
    default:
      throw new Error(`usage: cli.js start|stop (got ${command ?? 'nothing'})`);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? `Invalid configuration: ${error.message}`
      : String((error as Error).message ?? error);
  console.error(message);
  process.exit(1);
});
