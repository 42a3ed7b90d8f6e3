import { describe, expect, it } from 'vitest';

import { artUrl, artVariant, portraitFile, svgDataUrl } from './art.ts';

const FILE =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 150" width="120" height="150" role="img"><g id="neutral"/></svg>';

describe('the art files', () => {
  it('are found by name, through the build', () => {
    expect(artUrl(portraitFile('Stalin'))).toMatch(/stalin[^/]*\.svg(\?.*)?$/);
    expect(artUrl('chair')).toMatch(/chair[^/]*\.svg(\?.*)?$/);
  });

  it('are drawn in a pose and a look by classes on the root, at the size asked', () => {
    const svg = artVariant(FILE, ['hostile', 'high'], 96);
    expect(svg).toMatch(/^<svg class="hostile high" xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('width="96" height="120"');
    expect(svg).toContain('<g id="neutral"/>');
    expect(svgDataUrl(svg)).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg%20class/);
  });
});
