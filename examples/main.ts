/**
 * Synthesizes the shop into examples/dist/<chart>.k8s.yaml, one file per service, every manifest
 * checked against the Kubernetes 1.27 rules and Pod Security "restricted".
 */
import * as path from 'path';
import { App } from 'cdk8s';
import { ManifestValidation } from 'cdk8s-pod-patterns';
import { shop } from './app';

// CDK8S_OUTDIR, when set, is where the synth command or the cdk8s CLI wants the files
const app = new App({ outdir: process.env.CDK8S_OUTDIR ?? path.join(__dirname, 'dist') });
ManifestValidation.enable(app, { policy: 'restricted', warnings: 'fail' });
shop(app);
app.synth();
