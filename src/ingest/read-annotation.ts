import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root';
import type { Annotation } from './annotation.schema';
import { AnnotationError, validateAnnotation } from './validate-annotation';

/** The statement that ships with the project. */
export const DEFAULT_ANNOTATION = path.join(
  PROJECT_ROOT,
  'fixtures',
  'jp-kz-2006',
  'annotation.json',
);

export interface LoadedAnnotation {
  readonly file: string;
  readonly annotation: Annotation;
  readonly statement: string;
}

export interface ReadOptions {
  /**
   * The statement text, given explicitly (a command-line argument): read from there instead of
   * the annotation's `textFile`, wherever it is.
   */
  readonly textFile?: string;
}

/**
 * Reads an annotation and the text it names, and validates the pair. The annotation's
 * `textFile` must name a file inside the annotation's folder: an absolute path, a `..` that
 * climbs out, or a symbolic link that leads out is refused, so an annotation cannot make the
 * loader read (and store) an arbitrary file of the machine.
 */
export function readAnnotation(
  file: string = DEFAULT_ANNOTATION,
  options: ReadOptions = {},
): LoadedAnnotation {
  const relative = path.relative(PROJECT_ROOT, file) || file;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AnnotationError([
      { file: relative, id: '(file)', message: `cannot read JSON: ${(error as Error).message}` },
    ]);
  }
  const textFile = (raw as { document?: { textFile?: unknown } })?.document?.textFile;
  const refuse = (message: string) =>
    new AnnotationError([{ file: relative, id: 'document.textFile', message }]);
  const statementPath =
    options.textFile !== undefined
      ? path.resolve(options.textFile)
      : typeof textFile === 'string'
        ? insideFolder(path.dirname(file), textFile, refuse)
        : undefined;
  let statement = '';
  if (statementPath) {
    try {
      statement = fs.readFileSync(statementPath, 'utf8');
    } catch {
      throw new AnnotationError([
        {
          file: relative,
          id: 'document.textFile',
          message: `cannot read ${statementPath} (expected the statement text beside the annotation)`,
        },
      ]);
    }
  }
  return { file: relative, annotation: validateAnnotation(raw, statement, relative), statement };
}

/**
 * `name` resolved inside `folder`, following symbolic links, or the refusal: the statement text
 * must lie beside its annotation (or in a folder below it).
 */
function insideFolder(
  folder: string,
  name: string,
  refuse: (message: string) => AnnotationError,
): string {
  const outside = (detail = '') =>
    `"${name}" is outside the annotation's folder${detail}; put the statement text beside the annotation (or give it explicitly)`;
  if (name === '' || path.isAbsolute(name)) throw refuse(outside());
  const within = (root: string, target: string) => {
    const relative = path.relative(root, target);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  };
  const resolved = path.resolve(folder, name);
  if (!within(path.resolve(folder), resolved)) throw refuse(outside());
  let real: string;
  try {
    real = fs.realpathSync(resolved);
  } catch {
    return resolved; // missing: reported as unreadable by the caller
  }
  if (!within(fs.realpathSync(folder), real)) {
    throw refuse(outside(` (it is a link to ${path.relative(PROJECT_ROOT, real) || real})`));
  }
  return real;
}
