import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Where the project may cite its documentation. */
const ROOTS = ['src', 'test', 'bench', 'scripts', 'docs', 'README.md'];
/** A citation: `docs/<file>.md`, optionally with a heading anchor (`#session-ids`). */
const CITATION = /\bdocs\/[\w/-]+\.md(?:#[\w-]+)?/g;
/** Documents that live outside the repository, which a person who clones it cannot read. */
const OUTSIDE = /\.\.\/shared|protocol notes|hardening\.md|stack\.md|design\.md/i;

function files(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => (name === '__generated__' ? [] : files(join(path, name))));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(document: string): Set<string> {
  const headings = readFileSync(document, 'utf8')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line));
  return new Set(headings.map((line) => anchor(line.replace(/^#+ /, ''))));
}

const sources = ROOTS.flatMap(files).filter((file) => /\.(ts|md)$/.test(file) && file !== join('test', 'docs.test.ts'));

describe('documentation references', () => {
  it('should cite only documents of the repository, and only headings they have', () => {
    const broken: string[] = [];
    for (const file of sources) {
      for (const citation of readFileSync(file, 'utf8').match(CITATION) ?? []) {
        const [document, fragment] = citation.split('#') as [string, string | undefined];
        let anchors: Set<string>;
        try {
          anchors = anchorsOf(document);
        } catch {
          broken.push(`${file}: ${citation} (no such document)`);
          continue;
        }
        if (fragment && !anchors.has(fragment)) broken.push(`${file}: ${citation} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('should point to nothing outside the repository', () => {
    const outside = sources.filter((file) => OUTSIDE.test(readFileSync(file, 'utf8')));
    expect(outside).toEqual([]);
  });
});
