import { ConflictProblem, DomainError, NotFoundProblem } from '@freight/platform';

export class UnknownBranch extends DomainError {
  constructor(branch: string) {
    super(422, 'unknown-branch', `no depot is known for branch ${branch} (BRANCH_DEPOTS)`, {
      errors: [{ field: 'branch', message: 'no depot known for this branch' }],
    });
  }
}

export class PlanNotFound extends NotFoundProblem {
  constructor(id: string) {
    super(`no plan ${id}`);
  }
}

/** R40: orders changed since the plan was computed; dispatch must not get an outdated plan. */
export class PlanStale extends ConflictProblem {
  constructor(id: string) {
    super(
      'plan-stale',
      `orders changed since plan ${id} was computed: re-plan it before publishing`,
    );
  }
}

export class UnknownVehicle extends DomainError {
  constructor(vehicleId: string, branch: string) {
    super(422, 'unknown-vehicle', `${vehicleId} is not an active vehicle of ${branch}`, {
      errors: [{ field: 'vehicleId', message: 'not an active vehicle of the plan’s branch' }],
    });
  }
}

export class UnknownJob extends DomainError {
  constructor(jobId: string) {
    super(422, 'unknown-job', `${jobId} is not an open pickup or delivery of the plan’s day`, {
      errors: [{ field: 'jobId', message: 'not an open job of the plan’s day' }],
    });
  }
}

/** A dispatcher's move that would break capacity, a window or a shift: refused with the reasons. */
export class MoveInfeasible extends DomainError {
  constructor(violations: string[]) {
    super(422, 'move-infeasible', `the move is refused: ${violations.join('; ')}`);
  }
}
