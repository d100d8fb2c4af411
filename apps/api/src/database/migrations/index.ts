import { Accounts1795508635712 } from './1795508635712-Accounts';
import { AssignmentProposals1795617131024 } from './1795617131024-AssignmentProposals';
import { Applications1795606665366 } from './1795606665366-Applications';
import { Fairs1795510956849 } from './1795510956849-Fairs';
import { Guests1795609015076 } from './1795609015076-Guests';
import { ImportedHistory1795700000001 } from './1795700000001-ImportedHistory';
import { Memberships1795700000000 } from './1795700000000-Memberships';
import { Publishing1795610190524 } from './1795610190524-Publishing';
import { Registry1795504911768 } from './1795504911768-Registry';
import { OfficialList1796655673477 } from './1796655673477-OfficialList';
import { FairVisibility1796700000000 } from './1796700000000-FairVisibility';
import { PublicListing1796700000200 } from './1796700000200-PublicListing';
import { WebhookHardening1796800000100 } from './1796800000100-WebhookHardening';
import { OutboxSecretLinks1796800000200 } from './1796800000200-OutboxSecretLinks';
import { PasswordResets1796900000100 } from './1796900000100-PasswordResets';
import { SessionActivity1796900000200 } from './1796900000200-SessionActivity';
import { SecondFactors1797000000100 } from './1797000000100-SecondFactors';
import { BoothCodesNormalised1797100000100 } from './1797100000100-BoothCodesNormalised';
import { PlacementNotices1797100000200 } from './1797100000200-PlacementNotices';
import { BoothZones1797100000600 } from './1797100000600-BoothZones';
import { ExhibitorDrafts1797100000700 } from './1797100000700-ExhibitorDrafts';
import { VenueAddressParts1797100000800 } from './1797100000800-VenueAddressParts';
import { EnteredApplications1797100000900 } from './1797100000900-EnteredApplications';
import { DeclinedApplications1797100001200 } from './1797100001200-DeclinedApplications';
import { EmbedOrigins1797100001300 } from './1797100001300-EmbedOrigins';
import { ApplicationPrText1797100001500 } from './1797100001500-ApplicationPrText';
import { StaffAndNotices1797100001900 } from './1797100001900-StaffAndNotices';
import { DailySales1797100002000 } from './1797100002000-DailySales';

// Every migration, in order. Listed explicitly so the bundled API needs no file globbing.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  Registry1795504911768,
  Accounts1795508635712,
  Fairs1795510956849,
  Applications1795606665366,
  Guests1795609015076,
  Publishing1795610190524,
  AssignmentProposals1795617131024,
  Memberships1795700000000,
  ImportedHistory1795700000001,
  OfficialList1796655673477,
  FairVisibility1796700000000,
  PublicListing1796700000200,
  WebhookHardening1796800000100,
  OutboxSecretLinks1796800000200,
  PasswordResets1796900000100,
  SessionActivity1796900000200,
  SecondFactors1797000000100,
  BoothCodesNormalised1797100000100,
  PlacementNotices1797100000200,
  BoothZones1797100000600,
  ExhibitorDrafts1797100000700,
  VenueAddressParts1797100000800,
  EnteredApplications1797100000900,
  DeclinedApplications1797100001200,
  EmbedOrigins1797100001300,
  ApplicationPrText1797100001500,
  StaffAndNotices1797100001900,
  DailySales1797100002000,
];
