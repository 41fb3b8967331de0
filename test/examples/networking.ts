/**
 * Examples of the rules of the catalogue's `networking` part.
 */
import { NETWORKING_RULES } from '../../lib/engine/catalogue/networking';
import { check, Example, M } from './support';

const BACKEND = { service: { name: 'web', port: { number: 80 } } };

function ingress(spec: M, annotations?: M): M {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'web', ...(annotations ? { annotations } : {}) },
    spec,
  };
}

function rule(path: M, host = 'shop.example.com'): M {
  return { host, http: { paths: [{ path: '/', pathType: 'Prefix', backend: BACKEND, ...path }] } };
}

function policy(spec: M): M {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'web' }, spec: { podSelector: {}, ...spec } };
}

export const NETWORKING_EXAMPLES = {
  'ingress-rules-or-default-backend': () => check(ingress({ ingressClassName: 'nginx' })),
  'ingress-backend': () => check(ingress({ rules: [rule({ backend: { service: { name: 'web', port: { name: 'http', number: 80 } } } })] })),
  'ingress-host': () => check(ingress({ rules: [rule({}, '*.*.example.com')] })),
  'ingress-path-type': () => check(ingress({ rules: [rule({ pathType: 'prefix' })] })),
  'ingress-path': () => check(ingress({ rules: [rule({ path: 'api' })] })),
  'ingress-tls': () => check(ingress({ rules: [rule({})], tls: [{ hosts: ['shop.example.com'], secretName: 'shop_tls' }] })),
  'ingress-class': () => check(ingress({ ingressClassName: 'nginx', rules: [rule({})] }, { 'kubernetes.io/ingress.class': 'nginx' })),
  'network-policy-port': () => check(policy({ ingress: [{ ports: [{ port: 8000, endPort: 7000 }] }] })),
  'network-policy-peer': () => check(policy({ ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} }] }] })),
  'network-policy-ip-block': () => check(policy({ egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/16', except: ['10.1.0.0/24'] } }] }] })),
  'network-policy-policy-types': () => check(policy({ policyTypes: ['ingress'] })),
  'network-policy-rules-ignored': () => check(policy({ policyTypes: ['Ingress'], egress: [{ to: [{ podSelector: {} }] }] })),
} satisfies Record<keyof typeof NETWORKING_RULES, Example>;
