/**
 * The format() verb language, as Terraform implements it (Go's fmt verbs over
 * Terraform values): %v %#v %s %q %t %d %b %o %x %X %e %E %f %g %G and %%,
 * with flags, width, precision and explicit argument indexes (`%[2]s`).
 */
import type { Value } from '../../../../model/value.js';
export declare function formatValues(fmt: string, args: Value[]): string;
