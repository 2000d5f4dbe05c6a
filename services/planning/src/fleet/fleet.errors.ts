import { ConflictProblem, NotFoundProblem } from '@freight/platform';

export class VehicleExists extends ConflictProblem {
  constructor(id: string) {
    super('vehicle-exists', `vehicle ${id} is already in a fleet`);
  }
}

export class VehicleNotFound extends NotFoundProblem {
  constructor(id: string) {
    super(`no vehicle ${id}`);
  }
}
