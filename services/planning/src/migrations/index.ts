import { CreatePlanning1795660000000 } from './1795660000000-create-planning';

/** Every migration of the planning database, oldest first. */
export const planningMigrations = [CreatePlanning1795660000000];
