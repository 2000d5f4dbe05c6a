import { CreateCallLog1795651200000 } from './1795651200000-create-call-log';
import { ReadModels1795651300000 } from './1795651300000-read-models';
import { DeskAndCalls1795651310000 } from './1795651310000-desk-and-calls';
import { Complaints1795651320000 } from './1795651320000-complaints';
import { Fines1795651330000 } from './1795651330000-fines';
import { SurveysAndMail1795651340000 } from './1795651340000-surveys-and-mail';
import { ServiceStar1795651350000 } from './1795651350000-service-star';
import { ComplaintWaybillIndex1795651360000 } from './1795651360000-complaint-waybill-index';

/** Every migration of the complaint database, oldest first. */
export const complaintMigrations = [
  CreateCallLog1795651200000,
  ReadModels1795651300000,
  DeskAndCalls1795651310000,
  Complaints1795651320000,
  Fines1795651330000,
  SurveysAndMail1795651340000,
  ServiceStar1795651350000,
  ComplaintWaybillIndex1795651360000,
];
