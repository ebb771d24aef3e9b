import http from 'node:http';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import handler from 'serve-handler';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** The production build, served the way a static host does it, on 127.0.0.1 only. */
export const BUILD_DIR = path.resolve(__dirname, '..', '..', 'build');

export async function serveBuild(dir = BUILD_DIR): Promise<StaticServer> {
  // cleanUrls serves /patterns/x from patterns/x.html, like GitHub Pages and Netlify do.
  const server = http.createServer((request, response) => handler(request, response, {public: dir, cleanUrls: true}));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
