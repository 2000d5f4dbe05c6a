import { Module } from '@nestjs/common';
import { PROXIED_ROUTES } from './proxied-routes';
import { proxyController } from './proxy.controller';
import { ProxyForwarder } from './proxy-forwarder';

const services = [...new Set(PROXIED_ROUTES.map((r) => r.service))];

/** The routes the gateway forwards to the services behind it (proxied-routes.ts). */
@Module({
  controllers: services.map((service) =>
    proxyController(
      service,
      PROXIED_ROUTES.filter((r) => r.service === service),
    ),
  ),
  providers: [ProxyForwarder],
})
export class ProxyModule {}
