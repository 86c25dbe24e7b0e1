/**
 * Named rules and per-service submodules of terraform-aws-modules/security-group/aws
 * (github.com/terraform-aws-modules/terraform-aws-security-group, Apache-2.0), as
 * [from port, to port, protocol]: the module's `rules` map and the ingress rules each
 * `//modules/<service>` submodule adds automatically (`auto_groups`). Generated from
 * the module's rules.tf at commit 3cf4e1a (2025-10-21); port numbers only.
 */
export declare const SECURITY_GROUP_MODULE_RULES: Record<string, [number, number, string]>;
/** Ingress rules a `//modules/<service>` submodule adds on its own. */
export declare const SECURITY_GROUP_SUBMODULE_RULES: Record<string, string[]>;
