/**
 * Words and fix snippets for data-flow findings, shared by the residency rules
 * so that the inventory and the violations describe a flow the same way.
 */
import type { ResidencyPolicy } from '../engine/rule.js';
import type { DataFlow, DataFlowKind } from '../model/resources.js';
import { type FlowEndpoint } from './residency.js';
export declare const FLOW_KIND_TEXT: Record<DataFlowKind, string>;
export declare function describeEndpoint(e: FlowEndpoint | undefined, provider: string): string;
export declare function flowSummary(flow: DataFlow): string;
/** A Terraform change that keeps the copy inside the allowed set. */
export declare function residencyFix(flow: DataFlow, policy: ResidencyPolicy): string;
