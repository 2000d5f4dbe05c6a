import { complaintComplaintClosedV1 } from './complaint.complaint.closed.v1';
import { complaintComplaintRegisteredV1 } from './complaint.complaint.registered.v1';
import { complaintSurveyAnsweredV1 } from './complaint.survey.answered.v1';

export * from './complaint.complaint.closed.v1';
export * from './complaint.complaint.registered.v1';
export * from './complaint.survey.answered.v1';

/** The complaint service's events on complaint.events (R15–R23): one line per contract. */
export const complaintContracts = [
  complaintComplaintRegisteredV1,
  complaintComplaintClosedV1,
  complaintSurveyAnsweredV1,
] as const;
