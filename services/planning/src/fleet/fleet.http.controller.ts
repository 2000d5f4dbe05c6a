import { Controller, Delete, Get, Post, Put } from '@nestjs/common';
import type { z } from 'zod';
import { PlanningHttp } from '@freight/contracts';
import { ValidBody, ValidParam, ValidQuery, pathId } from '@freight/platform';
import { DataSource } from 'typeorm';
import { VehicleNotFound } from './fleet.errors';
import { vehicleView, VehicleBody } from './fleet.rules';
import { ManageFleetHandler } from './manage-fleet.handler';
import { Vehicle } from './vehicle.entity';

/** The fleet per branch (R40 inputs): vehicles with capacity, shift, DG permit and costs. */
@Controller('fleet')
export class FleetHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly fleet: ManageFleetHandler,
  ) {}

  @Get()
  async list(@ValidQuery(PlanningHttp.fleetQuery) query: z.output<typeof PlanningHttp.fleetQuery>) {
    const where = {
      ...(query.branch ? { branch: query.branch } : {}),
      ...(query.active ? { active: query.active === 'true' } : {}),
    };
    const vehicles = await this.dataSource
      .getRepository(Vehicle)
      .find({ where, order: { branch: 'ASC', id: 'ASC' } });
    return { items: vehicles.map(vehicleView) };
  }

  @Get('vehicles/:id')
  async one(@ValidParam('id', pathId) id: string) {
    const vehicle = await this.dataSource.getRepository(Vehicle).findOneBy({ id });
    if (!vehicle) throw new VehicleNotFound(id);
    return vehicleView(vehicle);
  }

  @Post('vehicles')
  add(@ValidBody(PlanningHttp.newVehicleBody) body: z.output<typeof PlanningHttp.newVehicleBody>) {
    return this.fleet.add(body);
  }

  @Put('vehicles/:id')
  update(
    @ValidParam('id', pathId) id: string,
    @ValidBody(PlanningHttp.vehicleBody) body: VehicleBody,
  ) {
    return this.fleet.update(id, body);
  }

  @Delete('vehicles/:id')
  retire(@ValidParam('id', pathId) id: string) {
    return this.fleet.retire(id);
  }
}
