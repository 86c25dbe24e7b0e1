import type { FindingState, RunInput } from './types.js';
/** Could this run have seen the finding, had it still been there? */
export declare function runCouldSee(run: Pick<RunInput, 'rules' | 'inputErrors' | 'notAssessed'>, state: Pick<FindingState, 'ruleId' | 'category' | 'provider' | 'account' | 'region'>): boolean;
/**
 * The finding rows this run changes, given the scope's current rows. Every
 * finding of the run is returned (its last-seen moves on); rows of findings
 * that disappeared are returned when they become resolved.
 */
export declare function nextStates(current: Map<string, FindingState>, run: RunInput, seq: number): FindingState[];
