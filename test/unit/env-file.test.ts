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

/** src/node-env.ts, which the server's entry point imports before any library. */
describe('NODE_ENV at start-up', () => {
  const given = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = given;
  });
  const start = () =>
    jest.isolateModulesAsync(async () => {
      await import('../../src/node-env');
    });

  it('defaults to production, as the configuration reads an unset NODE_ENV', async () => {
    delete process.env.NODE_ENV;
    await start();
    expect(process.env.NODE_ENV).toBe('production');
  });

  it('keeps what the environment says', async () => {
    process.env.NODE_ENV = 'development';
    await start();
    expect(process.env.NODE_ENV).toBe('development');
  });
});
