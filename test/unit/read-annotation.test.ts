import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ANNOTATION, readAnnotation } from '../../src/ingest/read-annotation';
import { AnnotationError } from '../../src/ingest/validate-annotation';

/**
 * The statement text an annotation names is read only from inside the annotation's folder (or
 * from a path given explicitly): an annotation cannot make the loader read any file it likes.
 */
describe('where the loader reads the statement text', () => {
  const shipped = JSON.parse(fs.readFileSync(DEFAULT_ANNOTATION, 'utf8')) as {
    document: { textFile: string };
  };
  const statement = path.join(path.dirname(DEFAULT_ANNOTATION), shipped.document.textFile);
  let folder: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'read-annotation-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  /** The shipped annotation, copied into the scratch folder with `textFile` set to `name`. */
  function annotationNaming(name: string): string {
    const file = path.join(folder, 'annotation.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ ...shipped, document: { ...shipped.document, textFile: name } }),
    );
    return file;
  }

  function refusal(file: string): string {
    try {
      readAnnotation(file);
    } catch (error) {
      expect(error).toBeInstanceOf(AnnotationError);
      return (error as Error).message;
    }
    throw new Error('expected a refusal');
  }

  it('reads the text beside the annotation', () => {
    fs.copyFileSync(statement, path.join(folder, 'statement.txt'));
    expect(readAnnotation(annotationNaming('statement.txt')).statement).toBe(
      fs.readFileSync(statement, 'utf8'),
    );
  });

  it.each([
    ['a path that climbs out', '../../../../etc/hostname'],
    ['an absolute path', '/etc/hostname'],
  ])('refuses %s, naming the field and the rule', (_what, name) => {
    const message = refusal(annotationNaming(name));
    expect(message).toContain('document.textFile');
    expect(message).toContain(`"${name}" is outside the annotation's folder`);
  });

  it('refuses a symbolic link that leads out of the folder', () => {
    fs.symlinkSync(statement, path.join(folder, 'statement.txt'));
    expect(refusal(annotationNaming('statement.txt'))).toMatch(
      /is outside the annotation's folder \(it is a link to /,
    );
  });

  it('reads a text given explicitly, wherever it is', () => {
    const file = annotationNaming('not-here.txt');
    expect(readAnnotation(file, { textFile: statement }).statement).toBe(
      fs.readFileSync(statement, 'utf8'),
    );
  });
});
