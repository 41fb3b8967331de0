/**
 * Examples of the rules of the catalogue's `apps` part.
 */
import { APPS_RULES } from '../../lib/engine/catalogue/apps';
import { check, deployment, Example, IMAGE, M } from './support';

/** A StatefulSet whose spec has these fields. */
function statefulSet(spec: M): M {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db' },
    spec: {
      serviceName: 'db',
      selector: { matchLabels: { app: 'db' } },
      template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'db', image: IMAGE }] } },
      ...spec,
    },
  };
}

/** A DaemonSet whose spec has these fields. */
function daemonSet(spec: M): M {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'agent' },
    spec: {
      selector: { matchLabels: { app: 'agent' } },
      template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'agent', image: IMAGE }] } },
      ...spec,
    },
  };
}

export const APPS_EXAMPLES = {
  'deployment-strategy': () => check(deployment({}, { strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1 } } })),
  'deployment-progress-deadline': () => check(deployment({}, { minReadySeconds: 600 })),
  'replicated-gce-pd-read-only': () => check(deployment({ volumes: [{ name: 'data', gcePersistentDisk: { pdName: 'data-disk' } }] }, { replicas: 3 })),
  'statefulset-pod-management-policy': () => check(statefulSet({ podManagementPolicy: 'Ordered' })),
  'statefulset-update-strategy': () => check(statefulSet({ updateStrategy: { type: 'OnDelete', rollingUpdate: { partition: 1 } } })),
  'statefulset-max-unavailable-ignored': () => check(statefulSet({ updateStrategy: { rollingUpdate: { maxUnavailable: 2 } } })),
  'statefulset-pvc-retention-policy': () => check(statefulSet({ persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Orphan' } })),
  'statefulset-service-name': () => check(statefulSet({ serviceName: 'db.internal' })),
  'statefulset-claim-template-name': () =>
    check(
      statefulSet({
        volumeClaimTemplates: [{ metadata: { name: 'Data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
      }),
    ),
  'daemonset-update-strategy': () => check(daemonSet({ updateStrategy: { rollingUpdate: { maxSurge: 1 } } })),
} satisfies Record<keyof typeof APPS_RULES, Example>;
