import type { ModelResource } from '../../../model/resources.js';
import { type NormalizeContext } from './common.js';
/** Alibaba OSS writes regions as `oss-cn-hangzhou`. */
export declare function regionFromOssLocation(location: string): string;
export declare function normalizeReplication(ctx: NormalizeContext): ModelResource[];
