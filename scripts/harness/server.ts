import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type {AddressInfo} from 'node:net';
import handler from 'serve-handler';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** The production build, served the way a static host does it, on 127.0.0.1 only. */
export const BUILD_DIR = path.resolve(__dirname, '..', '..', 'build');

/** Every HTML file of a build, relative to it with `/` separators, sorted. */
export function builtHtmlFiles(dir = BUILD_DIR): string[] {
  return fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** The clean URL path serveBuild (like a static host) answers for a built HTML file. */
export function servedPath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`;
}

export interface ServeOptions {
  /** Apply the build's `_headers` file, as Netlify and Cloudflare Pages do. */
  headers?: boolean;
  /** Answer the build's `_redirects` rules with their 301s ahead of any file, as Cloudflare Pages does. */
  redirects?: boolean;
  /** Serve the site under this path (the build's BASE_URL), e.g. `/sesam-patterns/`. */
  basePath?: string;
  /** Gzip responses for clients that accept it, as static hosts and CDNs do (benchmarks). */
  compress?: boolean;
}

/**
 * Makes a response gzip its body when the request accepts gzip: buffers what the handler
 * writes and sends it compressed, with the length and encoding headers to match.
 */
function gzipWhenAccepted(request: http.IncomingMessage, response: http.ServerResponse): void {
  if (request.method !== 'GET' || !/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return;
  const chunks: Buffer[] = [];
  let head: [number, http.OutgoingHttpHeaders] | undefined;
  const writeHead = response.writeHead.bind(response) as (status: number, headers?: http.OutgoingHttpHeaders) => void;
  const end = response.end.bind(response) as (body?: Buffer) => void;
  Object.assign(response, {
    writeHead: (status: number, headers: http.OutgoingHttpHeaders = {}) => ((head = [status, headers]), response),
    write: (chunk: string | Buffer) => chunks.push(Buffer.from(chunk)) > 0,
    end: (chunk?: string | Buffer | (() => void)) => {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
      const [status, headers] = head ?? [response.statusCode, {}];
      const withoutLength = Object.fromEntries(
        Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'content-length'),
      );
      response.removeHeader('content-length');
      if (status !== 200) {
        writeHead(status, withoutLength);
        end(Buffer.concat(chunks));
      } else {
        const body = zlib.gzipSync(Buffer.concat(chunks));
        writeHead(status, {
          ...withoutLength,
          'content-encoding': 'gzip',
          'content-length': body.length,
          vary: 'Accept-Encoding',
        });
        end(body);
      }
      return response;
    },
  });
}

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Parse `_headers`: a path line, then indented `Name: value` lines. `*` and `:name` match. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[a-z]+/g, '[^/]+');
      rules.push({pattern: new RegExp(`^${source}$`), headers: []});
    } else {
      const at = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Parse `_redirects`: `<from> <to> <status>` lines of exact paths. `301!` (Netlify's forced rule)
 * is a 301 here too; anything else fails, so the file the build writes stays this simple.
 */
export function parseRedirectsFile(text: string): Map<string, {to: string; status: number}> {
  const rules = new Map<string, {to: string; status: number}>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const [from, to, status, ...rest] = line.trim().split(/\s+/);
    if (!to || !/^30[12378]!?$/.test(status ?? '') || rest.length > 0 || /[*:]/.test(from!))
      throw new Error(`_redirects:${i + 1}: expected "<from path> <to path> <3xx status>", got "${line}"`);
    rules.set(from!, {to, status: Number(status!.replace('!', ''))});
  });
  return rules;
}

export async function serveBuild(
  dir = BUILD_DIR,
  {headers = false, redirects = false, basePath = '/', compress = false}: ServeOptions = {},
): Promise<StaticServer> {
  const rules = headers ? parseHeadersFile(fs.readFileSync(path.join(dir, '_headers'), 'utf8')) : [];
  const redirectRules = redirects
    ? parseRedirectsFile(fs.readFileSync(path.join(dir, '_redirects'), 'utf8'))
    : new Map<string, never>();
  const server = http.createServer((request, response) => {
    const {pathname, search} = new URL(request.url!, 'http://localhost');
    for (const rule of rules) {
      // Later rules win for the same header, as on Netlify.
      if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    const redirect = redirectRules.get(pathname);
    if (redirect) {
      // The query string goes along, as on Netlify.
      response.writeHead(redirect.status, {location: redirect.to + search}).end();
      return;
    }
    if (!pathname.startsWith(basePath)) {
      response.statusCode = 404;
      response.end('Not under the base path');
      return;
    }
    request.url = `/${request.url!.slice(basePath.length)}`;
    if (compress) gzipWhenAccepted(request, response);
    // cleanUrls serves /patterns/x from patterns/x.html, like GitHub Pages and Netlify do.
    void handler(request, response, {public: dir, cleanUrls: true});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
