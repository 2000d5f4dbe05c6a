import { Module } from '@nestjs/common';
import { proxyController } from './proxy.http.controller';
import { ProxyForwarder } from './proxy-forwarder';
import { PROXIED_ROUTES } from './routes';
import { ServiceClient } from './service-client';

const services = [...new Set(PROXIED_ROUTES.map((r) => r.service))];

/** The routes the gateway forwards to the services behind it (routes/<service>.routes.ts). */
@Module({
  controllers: services.map((service) =>
    proxyController(
      service,
      PROXIED_ROUTES.filter((r) => r.service === service),
    ),
  ),
  providers: [ServiceClient, ProxyForwarder],
  exports: [ServiceClient],
})
export class ProxyModule {}
