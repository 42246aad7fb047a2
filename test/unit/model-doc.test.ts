import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/local-neo4j/paths';
import {
  CAMEO_CODES,
  NODE_KINDS,
  NODE_KIND_NAMES,
  RELATION_TYPES,
  RELATION_TYPE_NAMES,
  type RelationInfo,
} from '../../src/vocabulary';
import { renderModelDoc } from '../../src/vocabulary/model-doc';

const MODEL_DOC = path.join(PROJECT_ROOT, 'docs', 'model.md');
const rendered = renderModelDoc();

/** The lines of the first ```mermaid block. */
function mermaidBlock(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf('```mermaid');
  const end = lines.indexOf('```', start + 1);
  return lines.slice(start + 1, end);
}

/** Edges of the flowchart as [from, type, to] triples, one per type an edge carries. */
function edges(block: readonly string[]): string[][] {
  return block.flatMap((line) => {
    const match = /^\s*(\w+) -->\|"([^"]+)"\| (\w+)$/.exec(line);
    if (!match) return [];
    const [, from = '', types = '', to = ''] = match;
    return types.split('<br/>').map((type) => [from, type, to]);
  });
}

/** The table row that starts with a kind or a type in backquotes. */
const tableRow = (name: string) =>
  rendered.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));

describe('docs/model.md', () => {
  it('is the generator’s output (run `npm run docs:model` after changing the vocabulary)', () => {
    expect(fs.readFileSync(MODEL_DOC, 'utf8')).toBe(rendered);
  });

  it('passes `prettier --check` as generated, so `npm run lint` stays green', () => {
    // Prettier's API loads its plugins by dynamic import, which jest refuses: run its CLI instead.
    const prettier = require.resolve('prettier/bin/prettier.cjs');
    const check = spawnSync(process.execPath, [prettier, '--check', MODEL_DOC], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect({ status: check.status, output: check.stdout + check.stderr }).toMatchObject({
      status: 0,
    });
  });

  it('declares every node kind in the Mermaid diagram, with its Japanese label', () => {
    const block = mermaidBlock(rendered);
    for (const kind of NODE_KIND_NAMES) {
      expect(block).toContain(`  ${kind}["${kind}<br/>${NODE_KINDS[kind].label.ja}"]`);
    }
  });

  it('draws every relationship type between every pair of kinds it allows', () => {
    const drawn = edges(mermaidBlock(rendered)).map((edge) => edge.join(' '));
    for (const type of RELATION_TYPE_NAMES) {
      const { from, to } = RELATION_TYPES[type];
      for (const start of from === 'any' ? ['Any'] : from) {
        for (const end of to === 'any' ? ['Any'] : to)
          expect(drawn).toContain(`${start} ${type} ${end}`);
      }
    }
  });

  it('draws no relationship the vocabulary does not allow', () => {
    for (const [from, type, to] of edges(mermaidBlock(rendered))) {
      const allowed = RELATION_TYPES[type as keyof typeof RELATION_TYPES];
      expect(allowed).toBeDefined();
      expect(allowed.from === 'any' ? 'Any' : allowed.from).toContain(from);
      expect(allowed.to === 'any' ? 'Any' : allowed.to).toContain(to);
    }
  });

  it('lists every kind with its ja/en labels and description', () => {
    for (const kind of NODE_KIND_NAMES) {
      const { label, description } = NODE_KINDS[kind];
      expect(tableRow(kind)).toBe(
        `| \`${kind}\` | ${label.ja} | ${label.en} | ${NODE_KINDS[kind].annotated ? 'yes' : 'no, derived from the text'} | ${description} |`,
      );
    }
  });

  it('lists every type with its labels, category, CAMEO codes, ends and evidence', () => {
    for (const type of RELATION_TYPE_NAMES) {
      const info: RelationInfo = RELATION_TYPES[type];
      const row = tableRow(type);
      expect(row).toContain(`| ${info.label.ja} | ${info.label.en} | ${info.category} |`);
      expect(row).toContain(`| ${(info.cameoCodes ?? []).map((c) => c.code).join(', ')} |`);
      expect(row).toContain(info.evidenced ? '| yes: a quote |' : '| no: layout or thesaurus |');
    }
  });

  it('lists each valid CAMEO code of each act type with its name and when to choose it', () => {
    for (const type of RELATION_TYPE_NAMES) {
      for (const choice of (RELATION_TYPES[type] as RelationInfo).cameoCodes ?? []) {
        expect(rendered).toContain(
          `| \`${type}\` | ${choice.code} | ${CAMEO_CODES[choice.code]} | ${choice.when} |`,
        );
      }
    }
  });
});
