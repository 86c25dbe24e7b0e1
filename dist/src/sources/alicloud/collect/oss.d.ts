import type { AlicloudAccountCollector } from '../session.js';
export declare const ossCollector: AlicloudAccountCollector;
