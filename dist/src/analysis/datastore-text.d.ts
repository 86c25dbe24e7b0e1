/**
 * Words and Terraform fixes for datastore exposure findings: the path in one
 * line, where a finding should point (the resource's own gate), and the
 * configuration that closes the way in for each service.
 */
import type { SourceLocation } from '../model/location.js';
import type { Compute, Datastore, ModelResource } from '../model/resources.js';
import type { PathHop, ReachabilityVerdict } from './types.js';
/** "internet → aws_internet_gateway.main → aws_route_table.public (0.0.0.0/0 → ...) → ..." */
export declare function pathText(path: PathHop[]): string;
/** The hop a fix belongs to: the resource's own gate (its public flag, policy or allowlist). */
export declare function gateHop(path: PathHop[]): PathHop | undefined;
/** Where a reachability finding points: the gate's location, else the resource. */
export declare function findingLocation(resource: ModelResource, verdict: ReachabilityVerdict): SourceLocation;
export declare function describeDatastore(ds: Datastore): string;
/** The Terraform change that takes a datastore off the internet, per service. */
export declare function datastoreFix(ds: Datastore): string;
/** The Terraform change that takes a self-hosted database's port off the internet. */
export declare function computeFix(c: Compute, ruleAddress: string | undefined): string;
