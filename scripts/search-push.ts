// `npm run search:push`: replace the Algolia index's records with records built from the
// production build (run `npm run build` first), for teams without the DocSearch crawler.
import path from 'node:path';
import {buildRecords} from './algolia/records';
import {pushRecords, pushSettingsFromEnv} from './algolia/push';

async function main(): Promise<void> {
  const settings = pushSettingsFromEnv(process.env);
  const records = buildRecords(path.resolve(__dirname, '..', 'build'));
  await pushRecords(settings, records);
  console.log(`Replaced the records of Algolia index "${settings.indexName}" with ${records.length} records.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
