import { readFileSync } from 'node:fs';

import { expect, it } from 'vitest';

import { CONTENT_SECURITY_POLICY } from './csp.ts';

it('public/_headers sends the same policy as the page and the service worker', () => {
  const headers = readFileSync(new URL('../public/_headers', import.meta.url), 'utf8');
  expect(headers).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
});
