/**
 * The shop: five services, one chart each, all in one namespace.
 */
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { Database } from './services/database';
import { HttpApi } from './services/http-api';
import { LegacyApp } from './services/legacy-app';
import { NightlyReport } from './services/nightly-report';
import { QueueWorker } from './services/queue-worker';

/** The namespace of every object of the shop. */
export const NAMESPACE = 'shop';

/** Adds the shop's charts to `scope` (an App), one per service, and returns them. */
export function shop(scope: Construct, namespace: string = NAMESPACE): Chart[] {
  // on every object of the shop (the pods carry their workload's labels)
  const props = { namespace, labels: { 'app.kubernetes.io/part-of': 'shop' } };
  const database = new Database(scope, 'database', props);
  return [
    new HttpApi(scope, 'http-api', props),
    new QueueWorker(scope, 'queue-worker', props),
    database,
    new LegacyApp(scope, 'legacy-app', props),
    new NightlyReport(scope, 'nightly-report', {
      ...props,
      databaseHost: database.host,
      databaseLogin: database.login,
      databasePassword: database.password,
    }),
  ];
}
