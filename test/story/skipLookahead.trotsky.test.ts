import { exactnessSuite } from './exactnessSuite.ts';

exactnessSuite('Trotsky');
