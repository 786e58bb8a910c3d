import { account } from './account/feature';
import { audit } from './audit/feature';
import { auth } from './auth/feature';
import { directory } from './directory/feature';
import { jobs } from './jobs/feature';
import { lookup } from './lookup/feature';
import { notifications } from './notifications/feature';
import { phonebook } from './phonebook/feature';
import { properties } from './properties/feature';
import { serviceConfig } from './service-config/feature';
import { serviceDesk } from './service-desk/feature';
import { serviceRecords } from './service-records/feature';
import { serviceRegisterPrint } from './service-register-print/feature';
import { users } from './users/feature';

/**
 * Every feature of the web app, one line each. The router, the route guards, the side navigation,
 * the message catalogues, the header, the live-event handlers and the panels of the person card, the
 * unit page and the home page are all read from here. Within a navigation group, entries show in
 * this order.
 */
export const FEATURES = [
  auth,
  account,
  users,
  properties,
  audit,
  jobs,
  notifications,
  lookup,
  serviceDesk,
  serviceRecords,
  serviceRegisterPrint,
  serviceConfig,
  directory,
  phonebook,
] as const;
