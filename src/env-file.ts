import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { PROJECT_ROOT } from './project-root';

/**
 * Reads `.env` from the project root into process.env when it exists (`.env.example` tells
 * people to copy it), with Node's own parser. Variables already set win: the environment a
 * process is started with overrides the file.
 */
export function loadEnvFile(file: string = path.join(PROJECT_ROOT, '.env')): boolean {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (process.env[name] === undefined && value !== undefined) process.env[name] = value;
  }
  return true;
}
