import { Module } from '@nestjs/common';
import { CargoLookupHttpController } from './cargo-lookup.http.controller';
import { CargoLookupQueries } from './cargo-lookup.queries';

/** R12: candidate shipments for the agent on a cargo lookup call. */
@Module({ controllers: [CargoLookupHttpController], providers: [CargoLookupQueries] })
export class CargoLookupModule {}
