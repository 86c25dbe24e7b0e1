/**
 * Ids of the records a VPC has without declaring them: its main route table,
 * default network ACL and default security group, addressed
 * `<vpc address>#main_route_table` etc. One convention for every source
 * (Terraform, CloudFormation) and for the analysis, which looks a VPC's
 * default group up as `<vpc>#default_security_group`.
 */
export type ImplicitRecord = 'main_route_table' | 'default_network_acl' | 'default_security_group';
export declare function implicitId(vpcAddress: string, what: ImplicitRecord): string;
/** The VPC address of an implicit record's id (the id must be one: `<vpc address>#...`). */
export declare function vpcOfImplicitId(id: string): string;
