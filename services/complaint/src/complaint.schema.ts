import { Call } from './calls/call.entity';
import { ComplaintCause } from './complaints/complaint-cause.entity';
import { ComplaintEscalation } from './complaints/complaint-escalation.entity';
import { ComplaintStep } from './complaints/complaint-step.entity';
import { Complaint } from './complaints/complaint.entity';
import { Desk } from './desk/desk.entity';
import { FineLine } from './fines/fine-line.entity';
import { KnownCustomer } from './read-models/known-customer.entity';
import { KnownWaybill } from './read-models/known-waybill.entity';
import { StarBallot, StarCandidate, StarElection, StarVote } from './star/star.entities';
import { Survey } from './surveys/survey.entity';

export { complaintMigrations } from './migrations';

/** Every TypeORM entity of the complaint database. */
export const complaintEntities = [
  KnownCustomer,
  KnownWaybill,
  Desk,
  Call,
  ComplaintCause,
  Complaint,
  ComplaintStep,
  ComplaintEscalation,
  FineLine,
  Survey,
  StarCandidate,
  StarVote,
  StarBallot,
  StarElection,
];
