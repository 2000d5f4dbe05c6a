// The raw peer of the gateway benchmark: Fastify's hello world, alone in its own process.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
app
  .listen({ port: Number(process.env.PORT), host: '127.0.0.1' })
  .then(() => process.stderr.write(`hello-world listening on ${process.env.PORT}\n`))
  .catch((err: unknown) => {
    process.stderr.write(`hello-world failed: ${String(err)}\n`);
    process.exit(1);
  });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
