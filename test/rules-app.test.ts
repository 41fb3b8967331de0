import { validateManifests } from '../lib/check/validate';
import { formatFinding } from '../lib/engine/finding';

// Cross-manifest rules: Services against the pods of the same input.

interface PortDecl {
  readonly name?: string;
  readonly containerPort: number;
  readonly protocol?: string;
}

function pod(name: string, labels: Record<string, string>, ports: PortDecl[] = [], namespace?: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels, ...(namespace ? { namespace } : {}) },
    spec: { containers: [{ name: 'app', image: 'registry.k8s.io/pause:3.9', ports }] },
  };
}

function deployment(name: string, labels: Record<string, string>, ports: PortDecl[] = [], namespace?: string): Record<string, unknown> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, ...(namespace ? { namespace } : {}) },
    spec: {
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            { name: 'app', image: 'registry.k8s.io/pause:3.9', ports },
            { name: 'sidecar', image: 'registry.k8s.io/pause:3.9' },
          ],
        },
      },
    },
  };
}

function cronJob(name: string, labels: Record<string, string>, ports: PortDecl[]): Record<string, unknown> {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name },
    spec: {
      schedule: '*/5 * * * *',
      jobTemplate: {
        spec: {
          template: {
            metadata: { labels },
            spec: { restartPolicy: 'OnFailure', containers: [{ name: 'app', image: 'registry.k8s.io/pause:3.9', ports }] },
          },
        },
      },
    },
  };
}

function service(name: string, selector: Record<string, string> | undefined, ports: Record<string, unknown>[], namespace?: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, ...(namespace ? { namespace } : {}) },
    spec: { ...(selector ? { selector } : {}), ports },
  };
}

/** The findings of the cross-manifest rules, as the apiserver would word them. */
function appFindings(manifests: readonly unknown[]): string[] {
  return validateManifests(manifests)
    .filter(f => f.rule.startsWith('service-selects-') || f.rule.startsWith('service-target-port-'))
    .map(f => `${f.severity} [${f.object}] ${formatFinding(f)}`);
}

function errorsOf(manifests: readonly unknown[]): string[] {
  return validateManifests(manifests)
    .filter(f => f.severity === 'error')
    .map(formatFinding);
}

describe('a Service selector that matches no pod of the input', () => {
  test('warns, with the closest value of the label as suggestion', () => {
    // GIVEN a Deployment labelled app=web and a Service selecting app=wbe
    const input = [deployment('web', { app: 'web' }), service('web', { app: 'wbe' }, [{ port: 80 }])];
    // WHEN they are validated
    // THEN the Service gets a warning at spec.selector
    const fs = validateManifests(input).filter(f => f.rule === 'service-selects-nothing');
    expect(fs).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'spec.selector',
        type: 'Warning',
        value: { app: 'wbe' },
        detail:
          'matches no Pod or pod template of this input without a namespace (none has all the labels app=wbe): the Service would have no endpoints, unless its pods are deployed separately',
        suggestion: 'app: web',
      }),
    ]);
  });

  test('requires every selector pair, and the same namespace', () => {
    // GIVEN pods with app=web but not tier=fe, and a pod with both in another namespace
    const input = [
      pod('a', { app: 'web' }),
      pod('b', { tier: 'fe' }),
      pod('c', { app: 'web', tier: 'fe' }, [], 'team-b'),
      service('web', { app: 'web', tier: 'fe' }, [{ port: 80 }], 'team-a'),
      service('web', { app: 'web', tier: 'fe' }, [{ port: 80 }]),
    ];
    // WHEN they are validated
    // THEN both Services get the warning
    expect(appFindings(input)).toEqual([
      'warning [3] spec.selector: Warning: {"app":"web","tier":"fe"}: matches no Pod or pod template of this input in namespace "team-a" (none has all the labels app=web, tier=fe): the Service would have no endpoints, unless its pods are deployed separately',
      'warning [4] spec.selector: Warning: {"app":"web","tier":"fe"}: matches no Pod or pod template of this input without a namespace (none has all the labels app=web, tier=fe): the Service would have no endpoints, unless its pods are deployed separately',
    ]);
  });

  test('accepts a subset of the labels, the same namespace, no selector, an empty selector and ExternalName', () => {
    // GIVEN a Deployment and a CronJob with extra labels, and Services that select them or nothing
    const input = [
      deployment('web', { 'app.kubernetes.io/name': 'web', tier: 'fe' }, [], 'team-a'),
      cronJob('report', { app: 'report' }, []),
      service('web', { 'app.kubernetes.io/name': 'web' }, [{ port: 80 }], 'team-a'),
      service('report', { app: 'report' }, [{ port: 80 }]),
      service('external', undefined, [{ port: 80 }]),
      service('empty', {}, [{ port: 80 }]),
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'db' }, spec: { type: 'ExternalName', externalName: 'db.example.com', selector: { app: 'db' } } },
    ];
    // WHEN they are validated
    // THEN there is no cross-manifest finding and no error
    expect(appFindings(input)).toEqual([]);
    expect(errorsOf(input)).toEqual([]);
  });

  test('a PodTemplate object runs no pod, so it matches nothing', () => {
    // GIVEN a PodTemplate labelled app=web and a Service selecting app=web
    const template = {
      apiVersion: 'v1',
      kind: 'PodTemplate',
      metadata: { name: 'web' },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: 'registry.k8s.io/pause:3.9' }] } },
    };
    // WHEN they are validated
    // THEN the Service still gets the warning
    expect(appFindings([template, service('web', { app: 'web' }, [{ port: 80 }])]).map(s => s.slice(0, 35))).toEqual(['warning [1] spec.selector: Warning:']);
  });

  test('is not checked with crossObject: false', () => {
    // GIVEN a Service alone
    // WHEN it is validated without cross-manifest rules
    // THEN there is no warning
    const fs = validateManifests([service('web', { app: 'web' }, [{ port: 80 }])], { crossObject: false });
    expect(fs.filter(f => f.rule === 'service-selects-nothing')).toEqual([]);
  });
});

describe('a named targetPort must be declared by every selected pod template', () => {
  test('rejects a typo, with the closest declared name', () => {
    // GIVEN a Deployment declaring port "http" and a Service targeting "htp"
    const input = [
      deployment('web', { app: 'web' }, [{ name: 'http', containerPort: 8080 }]),
      service('web', { app: 'web' }, [{ port: 80, targetPort: 'htp' }]),
    ];
    // WHEN they are validated
    // THEN the targetPort is an error, saying the apiserver does not check it
    const fs = validateManifests(input).filter(f => f.rule === 'service-target-port-declared');
    expect(fs).toEqual([
      expect.objectContaining({
        severity: 'error',
        object: 1,
        path: 'spec.ports[0].targetPort',
        type: 'Invalid value',
        value: 'htp',
        detail:
          'no TCP port named "htp" is declared by the containers of Deployment "web" (manifests[0]), so the Service would have no endpoints for this port (the apiserver does not check this)',
        suggestion: 'http',
      }),
    ]);
  });

  test('warns on a name that only some selected pods declare, and rejects one declared for another protocol', () => {
    // GIVEN two Pods with app=dns, only one declaring "metrics", both declaring "dns" for UDP only
    const input = [
      pod('dns-a', { app: 'dns' }, [
        { name: 'dns', containerPort: 53, protocol: 'UDP' },
        { name: 'metrics', containerPort: 9153 },
      ]),
      pod('dns-b', { app: 'dns' }, [{ name: 'dns', containerPort: 53, protocol: 'UDP' }]),
      service('dns', { app: 'dns' }, [
        { name: 'dns', port: 53, targetPort: 'dns' },
        { name: 'metrics', port: 9153, targetPort: 'metrics' },
      ]),
    ];
    // WHEN they are validated
    // THEN "dns" (TCP) is an error, as no pod declares it for TCP; "metrics" a warning naming the pod that misses it
    expect(appFindings(input)).toEqual([
      'error [2] spec.ports[0].targetPort: Invalid value: "dns": no TCP port named "dns" is declared by the containers of Pod "dns-a" (manifests[0], declares "dns" for UDP only) and Pod "dns-b" (manifests[1], declares "dns" for UDP only), so the Service would have no endpoints for this port (the apiserver does not check this)',
      'warning [2] spec.ports[1].targetPort: Warning: "metrics": Pod "dns-a" (manifests[0]) declares a TCP port named "metrics", but Pod "dns-b" (manifests[1]), which this Service also selects, does not: their pods get no endpoint for this port (does the selector reach pods it should not?)',
    ]);
  });

  test('accepts a name declared by every selected template, on its protocol, in any container', () => {
    // GIVEN a Deployment and a Pod selected together, and a CronJob, all declaring the names
    const input = [
      deployment('web', { app: 'web' }, [
        { name: 'http', containerPort: 8080 },
        { name: 'dns', containerPort: 53, protocol: 'UDP' },
      ]),
      pod('web-canary', { app: 'web', track: 'canary' }, [
        { name: 'http', containerPort: 8081 },
        { name: 'dns', containerPort: 53, protocol: 'UDP' },
      ]),
      cronJob('report', { app: 'report' }, [{ name: 'http', containerPort: 8080 }]),
      service('web', { app: 'web' }, [
        { name: 'http', port: 80, targetPort: 'http' },
        { name: 'dns', port: 53, targetPort: 'dns', protocol: 'UDP' },
        { name: 'numeric', port: 81, targetPort: 8080 },
      ]),
      service('report', { app: 'report' }, [{ port: 80, targetPort: 'http' }]),
    ];
    // WHEN they are validated
    // THEN there is no cross-manifest finding and no error
    expect(appFindings(input)).toEqual([]);
    expect(errorsOf(input)).toEqual([]);
  });

  test('is skipped when the selected pods are not in the input', () => {
    // GIVEN a Service with a named targetPort and no pod
    // WHEN it is validated
    // THEN only the selector warning is reported
    expect(appFindings([service('web', { app: 'web' }, [{ port: 80, targetPort: 'http' }])]).map(s => s.slice(0, 35))).toEqual([
      'warning [0] spec.selector: Warning:',
    ]);
  });
});

describe('a numeric targetPort should be a port the selected containers declare', () => {
  test('warns on a number no selected container declares, and on a port without targetPort that they do not declare', () => {
    // GIVEN a Deployment declaring 8080 and 9090, and a Service to its port 80, and a port 8443 without targetPort
    const input = [
      deployment('web', { app: 'web' }, [{ containerPort: 8080 }, { name: 'metrics', containerPort: 9090 }]),
      service('web', { app: 'web' }, [
        { name: 'http', port: 80, targetPort: 80 },
        { name: 'https', port: 8443 },
      ]),
    ];
    // WHEN they are validated
    // THEN a warning on each, naming what the containers declare (no error: a container may listen on a port it does not declare)
    expect(appFindings(input)).toEqual([
      'warning [1] spec.ports[0].targetPort: Warning: 80: no container of the selected pods declares port 80: Deployment "web" (manifests[0], declares 8080, 9090); the Service would send its traffic to a port they may not listen on',
      'warning [1] spec.ports[1].port: Warning: 8443: the targetPort defaults to the port, and no container of the selected pods declares port 8443: Deployment "web" (manifests[0], declares 8080, 9090); the Service would send its traffic to a port they may not listen on',
    ]);
    expect(errorsOf(input)).toEqual([]);
  });

  test('accepts a number one selected template declares, and any number when the containers declare no port', () => {
    // GIVEN two selected templates, one declaring 8080, and a Deployment declaring no port
    const input = [
      deployment('web', { app: 'web' }, [{ containerPort: 8080 }]),
      pod('web-canary', { app: 'web' }, [{ containerPort: 8081 }]),
      deployment('legacy', { app: 'legacy' }),
      service('web', { app: 'web' }, [{ port: 80, targetPort: 8080 }]),
      service('legacy', { app: 'legacy' }, [{ port: 80, targetPort: 3000 }]),
    ];
    // WHEN they are validated / THEN nothing is reported
    expect(appFindings(input)).toEqual([]);
  });
});

describe('a PodDisruptionBudget that never allows an eviction', () => {
  function budget(name: string, spec: Record<string, unknown>, annotations?: Record<string, string>): Record<string, unknown> {
    return {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name, ...(annotations ? { annotations } : {}) },
      spec: { selector: { matchLabels: { app: 'web' } }, ...spec },
    };
  }
  const web = (replicas?: number) => {
    const d = deployment('web', { app: 'web' }) as { spec: Record<string, unknown> };
    if (replicas !== undefined) d.spec.replicas = replicas;
    return d;
  };
  const blocking = (manifests: readonly unknown[]) =>
    validateManifests(manifests)
      .filter(f => f.rule === 'pdb-blocks-eviction')
      .map(f => `${f.severity} ${formatFinding(f)}`);

  test('warns when minAvailable covers every replica, a percentage rounds up to all of them, or maxUnavailable is 0', () => {
    // GIVEN a Deployment of 3 replicas and budgets of 3, 90% and maxUnavailable 0; and one of the default replica
    // WHEN validated / THEN a warning on each, saying how to let one pod go
    expect(blocking([web(3), budget('a', { minAvailable: 3 }), budget('b', { minAvailable: '90%' }), budget('c', { maxUnavailable: 0 })])).toEqual([
      'warning spec.minAvailable: Warning: 3: keeps all 3 selected pods available (Deployment "web" (manifests[0], 3 replicas)): no voluntary eviction is ever allowed, so a node drain waits until the pods are moved by hand; let one be unavailable (maxUnavailable: 1), or exempt the budget with the annotation exempt.cdk8s-pod-patterns/pdb-blocks-eviction: <reason>',
      'warning spec.minAvailable: Warning: "90%": keeps all 3 selected pods available (Deployment "web" (manifests[0], 3 replicas)): no voluntary eviction is ever allowed, so a node drain waits until the pods are moved by hand; let one be unavailable (maxUnavailable: 1), or exempt the budget with the annotation exempt.cdk8s-pod-patterns/pdb-blocks-eviction: <reason>',
      'warning spec.maxUnavailable: Warning: 0: keeps all 3 selected pods available (Deployment "web" (manifests[0], 3 replicas)): no voluntary eviction is ever allowed, so a node drain waits until the pods are moved by hand; let one be unavailable (maxUnavailable: 1), or exempt the budget with the annotation exempt.cdk8s-pod-patterns/pdb-blocks-eviction: <reason>',
    ]);
    expect(blocking([web(), budget('a', { minAvailable: 1 })])).toHaveLength(1);
  });

  test('counts an autoscaled workload at its minReplicas, and honours the exemption annotation', () => {
    // GIVEN a Deployment of 3 replicas that an autoscaler scales down to 2, and a budget of 2
    const hpa = {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'web' },
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 2, maxReplicas: 10 },
    };
    // WHEN validated / THEN the budget blocks at the autoscaler's minimum
    expect(blocking([web(3), hpa, budget('a', { minAvailable: 2 })])).toEqual([
      expect.stringContaining(
        'warning spec.minAvailable: Warning: 2: keeps all 2 selected pods available (Deployment "web" (manifests[0], 2 at its minReplicas))',
      ),
    ]);
    // AND an exemption annotation makes it an info with its reason
    const exempt = validateManifests([
      web(1),
      budget('a', { minAvailable: 1 }, { 'exempt.cdk8s-pod-patterns/pdb-blocks-eviction': 'budget:minAvailable (one primary, moved by hand)' }),
    ]);
    expect(exempt.filter(f => f.rule === 'pdb-blocks-eviction').map(f => `${f.severity} ${f.detail}`)).toEqual([
      expect.stringContaining('info exempted (budget:minAvailable (one primary, moved by hand)): keeps the one selected pod available'),
    ]);
  });

  test('accepts a budget that lets a pod go, one over workloads of other kinds, and one with matchExpressions', () => {
    // GIVEN budgets of 2 of 3, 50% of 3, maxUnavailable 1; a DaemonSet-like CronJob selection; and matchExpressions
    expect(blocking([web(3), budget('a', { minAvailable: 2 }), budget('b', { minAvailable: '50%' }), budget('c', { maxUnavailable: 1 })])).toEqual([]);
    expect(blocking([cronJob('report', { app: 'web' }, []), budget('a', { minAvailable: 1 })])).toEqual([]);
    const expressions = budget('a', { minAvailable: 3, selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] } });
    expect(blocking([web(3), expressions])).toEqual([]);
  });
});

describe('scale', () => {
  test('indexes pod templates instead of comparing every Service with every workload', () => {
    // GIVEN 1000 Deployments and 1000 Services, each Service selecting one Deployment plus a common label
    const input: unknown[] = [];
    for (let i = 0; i < 1000; i++) input.push(deployment(`web-${i}`, { app: `web-${i}`, part: 'shop' }, [{ name: 'http', containerPort: 8080 }]));
    for (let i = 0; i < 1000; i++) input.push(service(`web-${i}`, { part: 'shop', app: `web-${i}` }, [{ port: 80, targetPort: 'http' }]));
    // WHEN they are validated
    const start = Date.now();
    const fs = appFindings(input);
    // THEN there is no finding, quickly
    expect(fs).toEqual([]);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
