import type { Datastore } from '../../../model/resources.js';
import { type NormalizeContext } from './common.js';
export declare const RDS_MODULE: RegExp;
export declare const AURORA_MODULE: RegExp;
/** Datastores of the registry modules modelled here. */
export declare function datastoresFromKnownModules(ctx: NormalizeContext): Datastore[];
