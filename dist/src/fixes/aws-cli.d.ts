/**
 * AWS CLI fixes for findings on live resources, when the rule itself offers
 * none: the command that closes what the finding reports, for the resource,
 * region and rule at hand. Built from the finding (its details say which
 * ports, sources and rule numbers) and the model record it is about.
 * Placeholders in angle brackets are what only the owner can decide.
 */
import type { Finding, FixSnippet } from '../findings/finding.js';
import type { ModelResource } from '../model/resources.js';
/** A CLI fix for a live AWS finding, or undefined when there is nothing to run (an inventory entry). */
export declare function awsCliFix(finding: Finding, resource: ModelResource | undefined): FixSnippet | undefined;
