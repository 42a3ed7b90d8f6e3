/**
 * The game's Content-Security-Policy, in one place: index.html carries it as a <meta> (vitePluginCsp.ts);
 * the service worker adds it as a header to the files it serves, so the Lab's and the debrief's workers
 * run under it too (a <meta> never reaches a worker); `vite preview` sends it, and so should a host
 * (README.md, "Hosting"; public/_headers).
 *
 * No 'unsafe-eval' and no inline script: only the game's own files run (inkjs's runtime and Phaser need
 * neither). Styles come from the built stylesheet; the game sets sizes through the CSSOM, which the
 * policy allows. Phaser draws its built-in textures from data: URLs, and the What-if Lab's worker is a
 * file of ours (blob: is allowed for workers only, as bundlers may wrap one in a blob).
 */
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
