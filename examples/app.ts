/**
 * The shop: five services, one chart each, all in the namespace `shop`.
 */
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { HttpApi } from './services/http-api';

/** The namespace every object of the shop is in. */
export const NAMESPACE = 'shop';

/** Adds the shop's charts to `scope` (an App) and returns them, in order. */
export function shop(scope: Construct, namespace: string = NAMESPACE): Chart[] {
  const api = new HttpApi(scope, 'http-api', { namespace });
  return [api];
}
