import { Controller, Get, Put } from '@nestjs/common';
import { TrackingHttp as Http } from '@freight/contracts';
import { Actor, CurrentActor, pathId, ValidBody, ValidParam } from '@freight/platform';
import { staffRefOf } from '../staff';
import { PreferencesBody, PreferencesHandler } from './preferences.handler';

/** A customer's tracking preferences (R11 notices, R14 POD returns), for the gateway. */
@Controller('customers/:customerId/tracking-preferences')
export class CustomersHttpController {
  constructor(private readonly preferences: PreferencesHandler) {}

  @Get()
  get(@ValidParam('customerId', pathId) customerId: string) {
    return this.preferences.view(customerId);
  }

  @Put()
  async put(
    @ValidParam('customerId', pathId) customerId: string,
    @ValidBody(Http.preferencesBody) body: PreferencesBody,
    @CurrentActor() actor: Actor,
  ) {
    await this.preferences.setForKnownCustomer(customerId, body, staffRefOf(actor));
    return this.preferences.view(customerId);
  }
}
