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

/** Reads an annotation and the text it names, and validates the pair. */
export function readAnnotation(file: string = DEFAULT_ANNOTATION): LoadedAnnotation {
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
  const statementPath =
    typeof textFile === 'string' ? path.resolve(path.dirname(file), textFile) : undefined;
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
