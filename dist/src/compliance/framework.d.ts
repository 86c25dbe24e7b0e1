/**
 * Compliance frameworks as data: one `compliance/<id>.yaml` per framework
 * lists its controls, each either tested by rules or explicitly not covered.
 * These are the shapes the loader produces from those files.
 */
/** A rule that tests a control, optionally only through some of its findings. */
export interface RuleRef {
    id: string;
    /** Only findings whose port ranges (details.ports) include one of these; a finding without ports means every port. */
    ports?: number[];
    /** Only findings whose sources (details.sources) include an IPv4 range (`ipv4`) or an IPv6 one (`ipv6`). */
    sources?: 'ipv4' | 'ipv6';
    /** Only findings on these source resource types (globs, case-insensitive): `aws_db_instance`, `*rds*`. */
    resourceTypes?: string[];
}
export interface Control {
    id: string;
    /** As published (see the file's header for the source). */
    title: string;
    section?: string;
    /** Rules whose findings decide the control's status; empty when not covered. */
    rules: RuleRef[];
    /** Why no rule can test this control automatically. Set exactly when `rules` is empty. */
    notCovered?: string;
    /** How much of the control the rules test. */
    coverage?: 'full' | 'partial';
    note?: string;
    /** Rules whose findings are listed as supporting evidence, without deciding pass or fail. */
    informs: string[];
    /** Where the control is written: `compliance/cis-aws.yaml:42`. */
    origin: string;
}
export interface Framework {
    /** Short id for --framework: `cis-aws`, `nist-800-53`. */
    id: string;
    name: string;
    version: string;
    /** Controls that speak of one cloud only judge that cloud's findings and resources. */
    provider?: 'aws' | 'alicloud';
    url?: string;
    /** The file it was read from, relative to the package. */
    file: string;
    controls: Control[];
}
/** Every rule id that decides some control of the framework. */
export declare function frameworkRuleIds(framework: Framework): Set<string>;
export declare function frameworkLabel(framework: Framework): string;
