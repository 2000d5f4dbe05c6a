import { complaintCallAnsweredV1 } from './complaint.call.answered.v1';
import { complaintCallLoggedV1 } from './complaint.call.logged.v1';
import { complaintComplaintClosedV1 } from './complaint.complaint.closed.v1';
import { complaintComplaintEscalatedV1 } from './complaint.complaint.escalated.v1';
import { complaintComplaintRegisteredV1 } from './complaint.complaint.registered.v1';
import { complaintComplaintRepliedV1 } from './complaint.complaint.replied.v1';
import { complaintComplaintReopenedV1 } from './complaint.complaint.reopened.v1';
import { complaintFineAmendedV1 } from './complaint.fine.amended.v1';
import { complaintFineIssuedV1 } from './complaint.fine.issued.v1';
import { complaintFineWaivedV1 } from './complaint.fine.waived.v1';
import { complaintFineWithdrawnV1 } from './complaint.fine.withdrawn.v1';
import { complaintStaffFlaggedV1 } from './complaint.staff.flagged.v1';
import { complaintStarElectedV1 } from './complaint.star.elected.v1';
import { complaintSurveyAnsweredV1 } from './complaint.survey.answered.v1';
import { complaintSurveyIssuedV1 } from './complaint.survey.issued.v1';

export * from './complaint.call.answered.v1';
export * from './complaint.call.logged.v1';
export * from './complaint.complaint.closed.v1';
export * from './complaint.complaint.escalated.v1';
export * from './complaint.complaint.registered.v1';
export * from './complaint.complaint.replied.v1';
export * from './complaint.complaint.reopened.v1';
export * from './complaint.fine.amended.v1';
export * from './complaint.fine.issued.v1';
export * from './complaint.fine.schemas';
export * from './complaint.fine.waived.v1';
export * from './complaint.fine.withdrawn.v1';
export * from './complaint.staff.flagged.v1';
export * from './complaint.star.elected.v1';
export * from './complaint.survey.answered.v1';
export * from './complaint.survey.issued.v1';

/** The complaint service's events on complaint.events (R15–R23): one line per contract. */
export const complaintContracts = [
  complaintComplaintRegisteredV1,
  complaintComplaintClosedV1,
  complaintSurveyAnsweredV1,
  complaintCallLoggedV1,
  complaintCallAnsweredV1,
  complaintComplaintRepliedV1,
  complaintComplaintEscalatedV1,
  complaintComplaintReopenedV1,
  complaintFineIssuedV1,
  complaintFineAmendedV1,
  complaintFineWithdrawnV1,
  complaintFineWaivedV1,
  complaintStaffFlaggedV1,
  complaintSurveyIssuedV1,
  complaintStarElectedV1,
] as const;
