/**
 * The app module that the `sdk-synth` variants hand to the SDK's synth command
 * (`synthesize({ entry })`, as `npm run synth` does with main.ts). The worker puts the job, a
 * builder and a size, on `globalThis` under {@link BENCH_JOB}; this module builds the app into the
 * output folder the synth command sets, records the construction time, and synthesizes.
 */
import { App, Chart } from 'cdk8s';
import { BENCH_JOB, BenchJob } from './workloads';

const job = (globalThis as Record<symbol, BenchJob | undefined>)[BENCH_JOB];
if (!job) throw new Error('scripts/bench/entry.ts runs inside a bench worker only');
const t0 = process.hrtime.bigint();
const app = new App();
job.build(new Chart(app, 'bench'), job.pairs);
job.constructMs = Number(process.hrtime.bigint() - t0) / 1e6;
app.synth();
