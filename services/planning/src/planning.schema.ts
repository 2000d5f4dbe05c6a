import { Vehicle } from './fleet/vehicle.entity';
import { PlanningJob } from './jobs/planning-job.entity';
import { Plan } from './plans/plan.entity';

export { planningMigrations } from './migrations';

/** Every TypeORM entity of the planning database. */
export const planningEntities = [Vehicle, PlanningJob, Plan];
