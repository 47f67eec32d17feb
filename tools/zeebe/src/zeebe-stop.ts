// npm run zeebe:stop: graceful stop of the broker started by zeebe:start (SIGKILL after 30 s).
import { stopLocalBroker } from './local-broker.js';

stopLocalBroker().catch((error: unknown) => {
  console.error(`zeebe:stop failed: ${(error as Error).message}`);
  process.exit(1);
});
