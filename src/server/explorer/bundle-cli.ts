/** `npm run build` (after tsc): bundles the browser pages into dist/public. */
import { ASSETS_DIR } from './assets';
import { bundleAssets } from './bundle';

bundleAssets().then(
  () => console.log(`Bundled the explorer and the query page into ${ASSETS_DIR}`),
  (error: unknown) => {
    console.error(`Cannot bundle the browser pages: ${(error as Error).message}`);
    process.exit(1);
  },
);
