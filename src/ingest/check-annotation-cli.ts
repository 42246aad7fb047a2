import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_ANNOTATION } from './read-annotation';
import { AnnotationError, checkAnnotation } from './validate-annotation';
import { checkWordBoundaries } from './word-boundaries';

/**
 * `npm run annotation:check [file]`: everything the project checks in an annotation before a
 * reviewer signs it off. Errors (exit 1): what the loader refuses, and quotes cut inside a word.
 * Warnings (exit 0): what the text says and the graph does not (a government without its state,
 * a programme without the owner the text names).
 */
async function main(file: string): Promise<number> {
  const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  const textFile = (raw as { document: { textFile: string } }).document.textFile;
  const statement = fs.readFileSync(path.resolve(path.dirname(file), textFile), 'utf8');
  const relative = path.relative(process.cwd(), file);
  try {
    const { annotation, warnings } = checkAnnotation(raw, statement, relative);
    const cuts = await checkWordBoundaries(annotation, relative);
    for (const w of warnings) console.log(`warning: ${w.file}: ${w.id}: ${w.message}`);
    for (const c of cuts) console.error(`error: ${c.file}: ${c.id}: ${c.message}`);
    console.log(`${relative}: ${cuts.length} errors, ${warnings.length} warnings`);
    return cuts.length ? 1 : 0;
  } catch (error) {
    if (error instanceof AnnotationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

main(process.argv[2] ?? DEFAULT_ANNOTATION).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
