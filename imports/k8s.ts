/**
 * The Kubernetes 1.27 L1 API (generated classes such as `KubePod` and `KubeService`).
 *
 * `cdk8s import k8s` downloads the schema from the network; the very same 1.27 classes already
 * ship inside cdk8s-plus-27, which exports them as `k8s`, so this module passes them on and works
 * offline.
 */
export { k8s } from 'cdk8s-plus-27';
