import { describe } from 'vitest';

import { walkSuite } from './walkSuite.ts';

describe('random walks as Stalin', () => {
  walkSuite('Stalin', 2000);
});
