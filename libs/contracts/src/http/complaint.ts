// The complaint service's internal HTTP API as the gateway forwards and documents it (R10,
// R12, R15–R23): request and answer schemas (zod), one file per capability under complaint/.
import * as calls from './complaint/calls';
import * as complaints from './complaint/complaints';
import * as desk from './complaint/desk';
import * as fines from './complaint/fines';
import * as reports from './complaint/reports';
import * as star from './complaint/star';
import * as surveys from './complaint/surveys';

export { CALL_KINDS, type CallKind } from './complaint/calls';
export { COMPLAINT_STATES, OPINION_VERDICTS } from './complaint/complaints';
export { FINE_KINDS } from './complaint/fines';
export { SURVEY_STATES } from './complaint/surveys';

/** Every schema of the complaint desk's API, as `ComplaintHttp.newCallBody` … */
export const ComplaintHttp = {
  ...calls,
  ...complaints,
  ...desk,
  ...fines,
  ...reports,
  ...star,
  ...surveys,
};
