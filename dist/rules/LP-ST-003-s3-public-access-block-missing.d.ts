import type { Rule } from '../src/engine/rule.js';
declare const rule: Rule;
export default rule;
