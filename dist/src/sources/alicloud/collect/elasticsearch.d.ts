import type { AlicloudRegionalCollector } from '../session.js';
export declare const elasticsearchCollector: AlicloudRegionalCollector;
