/**
 * The CloudFormation / Alibaba Cloud ROS source: template files → source
 * resources with evaluated, located properties. Each template (each YAML
 * document of a multi-document file) is evaluated on its own: its
 * parameters, mappings and conditions; a resource whose condition is false is
 * not created and not scanned. Each template is a deployment of its own
 * (`root`): resources of different templates never link to each other, and a
 * logical id is unique only within its template. Files that are not templates are passed over
 * quietly (named in the notes with `verbose`); a template that does not parse
 * is an input error, and every other file is still read.
 */
import type { SourceResult } from '../../model/source-resource.js';
import type { CloudFormationOptions } from './options.js';
/**
 * Loads the templates among `files` (paths relative to the working directory,
 * as locations should show them). Files that hold no template are skipped.
 */
export declare function loadCloudFormation(files: string[], options?: CloudFormationOptions): SourceResult;
