import { describe } from 'vitest';

import { WALK_RUNS, walkSuite } from './walkSuite.ts';

describe('random walks as Trotsky', () => {
  walkSuite('Trotsky', WALK_RUNS);
});
