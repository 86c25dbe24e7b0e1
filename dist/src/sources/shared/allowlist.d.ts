/**
 * Alibaba Cloud allowlists (RDS and Redis security IPs, Elasticsearch
 * whitelists) as the Terraform and ROS normalizers read them. The two sources
 * differ only in how they word an unknown value (`reasonOf`).
 */
import { type Fact } from '../../model/fact.js';
import type { Allowlist } from '../../model/resources.js';
import { type Value } from '../../model/value.js';
/** Why a value is not a usable literal, in the source's own words. */
export type ReasonOf = (v: Value) => string;
/** A list of strings; Alibaba lists are often one comma-separated string ("sg-1,sg-2", "10.0.0.0/8,192.168.0.1"). Unknown if the list or any item is. */
export declare function commaListFact(v: Value | undefined, reasonOf: ReasonOf): Fact<string[]>;
/** Builds allowlists from argument values, wording unknowns with `reasonOf`; an absent argument is no allowlist. */
export declare function allowlistReader(reasonOf: ReasonOf): (name: string, v: Value | undefined, appliesTo: Allowlist["appliesTo"], extra?: Partial<Allowlist>) => Allowlist | undefined;
