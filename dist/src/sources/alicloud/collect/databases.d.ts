import type { AlicloudRegionalCollector } from '../session.js';
export declare const rdsCollector: AlicloudRegionalCollector;
export declare const redisCollector: AlicloudRegionalCollector;
export declare const mongoCollector: AlicloudRegionalCollector;
