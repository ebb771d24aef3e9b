import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {algoliasearch, type Algoliasearch} from 'algoliasearch';

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/1/indexes/patterns/batch`. */
  path: string;
  body: unknown;
}

export interface FakeAlgolia {
  requests: RecordedRequest[];
  /** A real algoliasearch v5 client whose only host is this server. */
  client: Algoliasearch;
  close(): Promise<void>;
}

/**
 * A stand-in for Algolia's API on 127.0.0.1 that records every request and answers like
 * Algolia does for the calls replaceAllObjects makes, or with `status` for all of them.
 */
export async function startFakeAlgolia({status = 200}: {status?: number} = {}): Promise<FakeAlgolia> {
  const requests: RecordedRequest[] = [];
  let taskID = 0;
  const server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      const path = new URL(request.url!, 'http://fake').pathname;
      requests.push({method: request.method!, path, body: raw ? JSON.parse(raw) : undefined});
      response.setHeader('content-type', 'application/json');
      response.statusCode = status;
      if (status !== 200) {
        response.end(JSON.stringify({message: 'Invalid Application-ID or API key', status}));
      } else if (path.includes('/task/')) {
        response.end(JSON.stringify({status: 'published', pendingTask: false}));
      } else {
        taskID += 1;
        response.end(JSON.stringify({taskID, updatedAt: new Date(0).toISOString(), objectIDs: []}));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  const client = algoliasearch('TESTAPP', 'test-admin-key', {
    hosts: [{url: '127.0.0.1', port, protocol: 'http', accept: 'readWrite'}],
  });
  return {
    requests,
    client,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
