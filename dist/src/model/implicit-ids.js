export function implicitId(vpcAddress, what) {
    return `${vpcAddress}#${what}`;
}
/** The VPC address of an implicit record's id (the id must be one: `<vpc address>#...`). */
export function vpcOfImplicitId(id) {
    return id.slice(0, id.indexOf('#'));
}
