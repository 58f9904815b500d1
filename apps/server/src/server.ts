import { bootstrap } from './bootstrap';
import { loadConfig } from './config';

const config = loadConfig();
const { app } = await bootstrap(config);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    await app.close();
    process.exit(0);
  });
}
await app.listen({ port: config.port, host: config.host });
