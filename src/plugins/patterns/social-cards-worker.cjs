// Draws the link-preview cards on a thread of their own (writeSocialCards in social-cards.ts).
// Plain CommonJS, because a worker starts without Docusaurus' TypeScript loader: it loads
// social-cards.ts with the one Docusaurus loads plugins with (jiti, via @docusaurus/utils).
const {parentPort, workerData} = require('node:worker_threads');
const {loadFreshModule} = require('@docusaurus/utils');

(async () => {
  const {drawSocialCards} = await loadFreshModule(require.resolve('./social-cards.ts'));
  const {cards, brand, outDir, cacheDir} = workerData;
  parentPort.postMessage(await drawSocialCards(cards, brand, outDir, cacheDir));
})().catch((error) => parentPort.postMessage({error: String((error && error.stack) || error)}));
