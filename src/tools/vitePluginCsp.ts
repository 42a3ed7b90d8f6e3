/**
 * Adds the Content-Security-Policy to the built index.html as a <meta http-equiv>, so it holds on any
 * static host and under `vite preview`. Build only: the dev server injects inline styles for hot reload.
 *
 * No 'unsafe-eval' and no inline script: only the game's own files run (inkjs's runtime and Phaser need
 * neither). Styles come from the built stylesheet; the game sets sizes through the CSSOM, which the
 * policy allows. Phaser draws its built-in textures from data: URLs, and the What-if Lab's worker is a
 * file of ours (blob: is allowed for workers only, as bundlers may wrap one in a blob).
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The policy's <meta>, placed right after <meta charset> so that it comes before every script. */
export function cspPlugin(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (!charset) throw new Error('index.html needs a <meta charset> for the CSP to follow');
        const at = charset.index + charset[0].length;
        return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
      },
    },
  };
}
