import {algoliasearch, type Algoliasearch} from 'algoliasearch';
import type {DocSearchRecord} from './records';

export const PUSH_ENV = {
  appId: 'ALGOLIA_APP_ID',
  adminKey: 'ALGOLIA_ADMIN_API_KEY',
  indexName: 'ALGOLIA_INDEX_NAME',
} as const;

const PURPOSE: Record<keyof typeof PUSH_ENV, string> = {
  appId: 'the Algolia application id',
  adminKey: 'an Algolia API key that may write and delete indices (not the search-only key)',
  indexName: 'the name of the index the site searches',
};

export interface PushSettings {
  appId: string;
  adminKey: string;
  indexName: string;
}

/** Read the push settings, naming every missing variable and what it is for. */
export function pushSettingsFromEnv(env: NodeJS.ProcessEnv): PushSettings {
  const missing = (Object.keys(PUSH_ENV) as (keyof typeof PUSH_ENV)[]).filter((key) => !env[PUSH_ENV[key]]?.trim());
  if (missing.length > 0) {
    throw new Error(missing.map((key) => `${PUSH_ENV[key]} is not set: set it to ${PURPOSE[key]}.`).join('\n'));
  }
  return {
    appId: env[PUSH_ENV.appId]!.trim(),
    adminKey: env[PUSH_ENV.adminKey]!.trim(),
    indexName: env[PUSH_ENV.indexName]!.trim(),
  };
}

/**
 * Replace every record of the index with `records`, atomically: Algolia's replaceAllObjects
 * fills a temporary copy of the index and then moves it over the live one, so searches never
 * see a half-filled or empty index.
 */
export async function pushRecords(
  settings: PushSettings,
  records: DocSearchRecord[],
  client: Algoliasearch = algoliasearch(settings.appId, settings.adminKey),
): Promise<void> {
  try {
    await client.replaceAllObjects({
      indexName: settings.indexName,
      objects: records as unknown as Record<string, unknown>[],
      batchSize: 1000,
    });
  } catch (error) {
    const status = (error as {status?: number}).status;
    if (status === 403 || status === 401) {
      throw new Error(
        `Algolia refused the key (HTTP ${status}): check that ${PUSH_ENV.adminKey} is an admin or write key of application ${settings.appId} with the addObject, deleteIndex and editSettings rights.`,
      );
    }
    throw error;
  }
}
