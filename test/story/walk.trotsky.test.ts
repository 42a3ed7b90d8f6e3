import { describe } from 'vitest';

import { walkSuite } from './walkSuite.ts';

describe('random walks as Trotsky', () => {
  walkSuite('Trotsky', 2000);
});
