import { describe } from 'vitest';

import { WALK_RUNS, walkSuite } from './walkSuite.ts';

describe('random walks as Stalin', () => {
  walkSuite('Stalin', WALK_RUNS);
});
