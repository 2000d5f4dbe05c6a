import { Inject } from '@nestjs/common';

/** Injection token of the service's validated configuration (its own type, a PlatformConfig). */
export const SERVICE_CONFIG = Symbol('freight.service-config');

/** `constructor(@InjectServiceConfig() config: GatewayConfig)` */
export const InjectServiceConfig = (): ParameterDecorator => Inject(SERVICE_CONFIG);
