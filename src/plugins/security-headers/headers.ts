import crypto from 'node:crypto';

/** What the site loads from elsewhere: nothing, unless Algolia search is configured. */
export interface HeaderOptions {
  baseUrl: string;
  /** Inline scripts of the built pages, as they appear between <script> and </script>. */
  inlineScripts: string[];
  algoliaAppId?: string;
}

export function scriptHash(source: string): string {
  return `'sha256-${crypto.createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** Inline scripts (no src) in an HTML page; the build checks them against the policy. */
export function inlineScriptsOf(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1]!)
    .filter((body) => body.trim());
}

/** DocSearch reads from these hosts of the application, and from no others. */
function algoliaHosts(appId: string): string[] {
  const id = appId.toLowerCase();
  return [`https://${id}-dsn.algolia.net`, ...[1, 2, 3].map((n) => `https://${id}-${n}.algolianet.com`)];
}

/**
 * A strict policy: everything from the site itself; scripts only as files or by the hash of
 * each inline script the build emitted (no 'unsafe-inline', no 'unsafe-eval'). Styles may be
 * inline (React style attributes and the theme do it) and images may be data: URIs (icons).
 */
export function contentSecurityPolicy({inlineScripts, algoliaAppId}: HeaderOptions): string {
  const hashes = [...new Set(inlineScripts.map(scriptHash))].sort();
  const remote = algoliaAppId ? algoliaHosts(algoliaAppId) : [];
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    ['connect-src', "'self'", ...remote].join(' '),
    "worker-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

// Browser features the site never uses, turned off for it and anything it might embed.
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

const REVALIDATE = 'public, max-age=0, must-revalidate';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The `_headers` file Netlify and Cloudflare Pages read. The cache rules never overlap (so
 * hosts that join repeated headers with commas are fine): fingerprinted assets are cached for
 * good; every other path, one segment deep or inside patterns/, p/ and img/, revalidates.
 */
export function headersFile(options: HeaderOptions): string {
  const base = options.baseUrl;
  const rule = (path: string, headers: Record<string, string>) =>
    [`${base}${path}`, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    '# Written by the build (src/plugins/security-headers); see "Deploy" in README.md.',
    rule('*', {
      'Content-Security-Policy': contentSecurityPolicy(options),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': PERMISSIONS_POLICY,
      'X-Frame-Options': 'DENY',
    }),
    rule('assets/*', {'Cache-Control': IMMUTABLE}),
    rule('', {'Cache-Control': REVALIDATE}),
    rule(':file', {'Cache-Control': REVALIDATE}),
    rule('patterns/:page', {'Cache-Control': REVALIDATE}),
    rule('p/:page', {'Cache-Control': REVALIDATE}),
    rule('img/*', {'Cache-Control': REVALIDATE}),
  ].join('\n\n')}\n`;
}
