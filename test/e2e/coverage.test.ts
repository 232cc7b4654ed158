import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProviderCapabilities, ProviderName } from '../../src/providers/types.js';
import { coverageTable } from '../../src/schema/coverage.js';
import { sharedGateway } from '../fixtures/shared-gateway.js';

const { url } = await sharedGateway();

/** A Markdown table's cells, row by row, whatever its column alignment. */
function cells(table: string): string[][] {
  return table
    .trim()
    .split('\n')
    .map((row) =>
      row
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => (/^\s*-+\s*$/.test(cell) ? '---' : cell.trim())),
    );
}

describe('the README coverage table', () => {
  it('should say what Query.providers reports for every provider (run `npm run coverage`)', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ providers { name tokenFormats archives sip signals forceDisconnect connections forceUnpublish closeSession
          listSessions customSessionIds webhooks broadcasts archiveLayouts archiveStreams streamLayoutClasses forceMute
          renders audioConnector captions ipCameras } }`,
      }),
    });
    const { data } = (await response.json()) as { data: { providers: ({ name: ProviderName } & ProviderCapabilities)[] } };
    expect(data.providers.map((p) => p.name)).toEqual(['OPENTOK', 'VONAGE', 'OPENVIDU']);
    const expected = coverageTable(data.providers.map((p) => ({ name: p.name, capabilities: p })));

    const readme = readFileSync('README.md', 'utf8');
    const block = readme.slice(
      readme.indexOf('<!-- coverage:start -->') + '<!-- coverage:start -->'.length,
      readme.indexOf('<!-- coverage:end -->'),
    );
    expect(cells(block)).toEqual(cells(expected));
  });
});
