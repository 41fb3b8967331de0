/**
 * The Kubernetes 1.27 L1 API (generated classes such as `KubePod` and `KubeService`).
 *
 * `cdk8s import k8s` downloads the schema from the network; the very same 1.27 classes
 * already ship inside cdk8s-plus-27, so this module re-exports them and works offline.
 */
export * from 'cdk8s-plus-27/lib/imports/k8s';
