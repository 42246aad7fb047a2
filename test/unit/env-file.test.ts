import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadEnvFile } from '../../src/env-file';

/** `.env` is read as `.env.example` promises; the process environment wins over it. */
describe('the .env file', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'env-file-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('sets the variables it holds, leaving those already set', () => {
    const file = path.join(folder, '.env');
    fs.writeFileSync(file, 'ENV_FILE_TEST_NEW=from-file\nENV_FILE_TEST_SET=from-file\n');
    process.env.ENV_FILE_TEST_SET = 'from-environment';
    expect(loadEnvFile(file)).toBe(true);
    expect(process.env.ENV_FILE_TEST_NEW).toBe('from-file');
    expect(process.env.ENV_FILE_TEST_SET).toBe('from-environment');
  });

  it('is optional', () => {
    expect(loadEnvFile(path.join(folder, 'missing.env'))).toBe(false);
  });
});
