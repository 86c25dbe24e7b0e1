/**
 * Reads a template file into located documents, whatever its extension: text
 * that starts with `{` is JSON (parsed with positions); anything else, and JSON
 * that a strict parser rejects but YAML accepts, is YAML (possibly several
 * documents). Then tells which documents are CloudFormation or ROS templates:
 * a `Resources` map whose entries have a `Type` starting `AWS::` or `ALIYUN::`
 * (or a `Resources` map beside a declared `AWSTemplateFormatVersion` /
 * `ROSTemplateFormatVersion`).
 */
import type { MapValue, Value } from '../../../model/value.js';
import { type ParseLimits } from './limits.js';
import { type LocatedDocument } from './located-yaml.js';
export type TemplateDialect = 'cloudformation' | 'ros';
export interface TemplateDocument {
    index: number;
    dialect: TemplateDialect;
    root: MapValue;
    resources: MapValue;
}
export type ReadResult = {
    ok: true;
    documents: LocatedDocument[];
    syntax: 'json' | 'yaml';
} | {
    ok: false;
    message: string;
    line?: number;
    column?: number;
};
export declare function readDocuments(text: string, file: string, limits?: ParseLimits): ReadResult;
/** The document as a template, or undefined when it is not one. */
export declare function asTemplate(doc: LocatedDocument): TemplateDocument | undefined;
/** Cheap test before parsing: can this text hold a template at all? */
export declare function mayBeTemplate(text: string): boolean;
/**
 * Does the text look like a template even though it does not parse (so that its syntax error is worth reporting)?
 * The signs are keys, found anywhere: a minified JSON template is one line, and its keys follow `{` or `,`.
 */
export declare function looksLikeBrokenTemplate(text: string): boolean;
export type { Value };
