// npm run zeebe:start: fetch (once), start a broker on 127.0.0.1:26500, return when its topology is healthy.
import { startLocalBroker } from './local-broker.js';

startLocalBroker().catch((error: unknown) => {
  console.error(`zeebe:start failed: ${(error as Error).message}`);
  process.exit(1);
});
