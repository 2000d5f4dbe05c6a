// The gateway benchmark's floor: the same hello world as hello-world.ts, served through Nest on
// Fastify (one controller, nothing else), alone in its own process. What it loses against raw
// Fastify is the framework's share; what the gateway loses against it is the platform's work.
import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';

@Controller()
class HelloController {
  @Get()
  hello(): { hello: string } {
    return { hello: 'world' };
  }
}

@Module({ controllers: [HelloController] })
class HelloModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(HelloModule, new FastifyAdapter(), {
    logger: false,
  });
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
  await app.listen(Number(process.env.PORT), '127.0.0.1');
  process.stderr.write(`nest-hello listening on ${process.env.PORT}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`nest-hello failed: ${String(err)}\n`);
  process.exit(1);
});
