/** One worker thread of simPool.ts: simulates its piece of the scenario and posts the distribution. */
import { parentPort, workerData } from 'node:worker_threads';

import { type Scenario, simulate } from '../sim/whatIf.ts';

const { storyJson, scenario } = workerData as { storyJson: string; scenario: Scenario };
parentPort?.postMessage(simulate(storyJson, scenario));
