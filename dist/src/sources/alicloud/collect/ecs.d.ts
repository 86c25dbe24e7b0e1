import type { AlicloudRegionalCollector } from '../session.js';
export declare const ecsCollector: AlicloudRegionalCollector;
