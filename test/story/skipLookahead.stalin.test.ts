import { exactnessSuite } from './exactnessSuite.ts';

exactnessSuite('Stalin');
