/**
 * The kubelet's restart back-off (CrashLoopBackOff) for a container that a probe kills again and
 * again: `kubeGenericRuntimeManager.doBackOff` (pkg/kubelet/kuberuntime/kuberuntime_manager.go)
 * over the kubelet's `flowcontrol.Backoff` (k8s.io/client-go/util/flowcontrol/backoff.go) of
 * 10 s doubling to 300 s, without jitter.
 *
 * @packageDocumentation
 */
import { TimeWindow, windowOf } from './window';

/** The first back-off, in seconds (`backOffPeriod`, pkg/kubelet/kubelet.go). */
export const BACK_OFF_INITIAL_SECONDS = 10;
/** The longest back-off, in seconds (`MaxContainerBackOff`). */
export const BACK_OFF_MAX_SECONDS = 300;
/**
 * A pod in back-off is synced again 10 to 15 s later (the pod worker's requeue after an error), so a
 * restart comes up to this many seconds after its back-off has passed.
 */
export const SYNC_REQUEUE_SECONDS = 15;

interface Entry {
  backOff: number;
  lastUpdate: number;
}

/**
 * The delays between the exit of each killed container and the start of the next one, for a
 * container that lives `lifetimeSeconds` (from its start to its exit: the time to detection plus
 * the time it takes to stop) and is killed `kills` times.
 *
 * As `doBackOff` does: at the kill, the kubelet looks at the container that exited before this one
 * (the one just killed still runs in its snapshot). There is none at the first kill, so it restarts
 * at once and starts no back-off; then each restart doubles the back-off (10, 20, 40 … 300 s),
 * and a restart waits only when the previous container exited less than the back-off before the
 * kill (so at the 300 s cap, a container that lives a few seconds restarts at once every other
 * time: the one before it exited 300 s and more ago). A container that ran for more than 10
 * minutes resets the back-off. A delayed restart
 * comes at the first pod sync after its back-off, within {@link SYNC_REQUEUE_SECONDS}; the model
 * takes each delay at its earliest for the next ones.
 *
 * @param lifetimeSeconds how long each container runs before it has exited, in seconds
 * @param kills how many kills to follow
 */
export function restartBackOff(lifetimeSeconds: number, kills: number): TimeWindow[] {
  const lifetime = Math.max(0, lifetimeSeconds);
  const delays: TimeWindow[] = [];
  let entry: Entry | undefined;
  let previousExit: number | undefined;
  let start = 0;
  const next = (eventTime: number, now: number): void => {
    entry =
      entry === undefined || eventTime - entry.lastUpdate > 2 * BACK_OFF_MAX_SECONDS
        ? { backOff: BACK_OFF_INITIAL_SECONDS, lastUpdate: now }
        : { backOff: Math.min(2 * entry.backOff, BACK_OFF_MAX_SECONDS), lastUpdate: now };
  };
  for (let kill = 0; kill < Math.max(0, Math.floor(kills)); kill++) {
    const exit = start + lifetime;
    const waiting =
      previousExit !== undefined && entry !== undefined && previousExit - entry.lastUpdate <= 2 * BACK_OFF_MAX_SECONDS && exit - previousExit < entry.backOff;
    if (waiting) {
      const delay = entry!.backOff;
      next(exit, exit + delay);
      delays.push(windowOf(delay, delay + SYNC_REQUEUE_SECONDS));
      start = exit + delay;
    } else {
      if (previousExit !== undefined) next(previousExit, exit);
      delays.push(windowOf(0, 0));
      start = exit;
    }
    previousExit = exit;
  }
  return delays;
}
