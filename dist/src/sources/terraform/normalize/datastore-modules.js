/**
 * Databases created by widely used registry modules that are not downloaded
 * (handed over as SourceResources of type 'module' with their evaluated
 * arguments). Modelled from the arguments and the modules' defaults:
 *
 * terraform-aws-modules/rds/aws and terraform-aws-modules/rds-aurora/aws:
 * - `publicly_accessible` (default false; Aurora applies it to every instance);
 * - placement: `subnet_ids` (`subnets` for Aurora) when `create_db_subnet_group`
 *   is true, else the group named by `db_subnet_group_name`, else the default VPC;
 * - `vpc_security_group_ids` (Aurora also creates its own group from
 *   `security_group_rules`, whose sources are not modelled: unknown).
 */
import { known, unknownFact } from '../../../model/fact.js';
import { UNEVALUATED_MODULE_TYPE } from '../../../model/source-resource.js';
import { asBool, asNumber, asString, present } from '../../../model/value.js';
import { attr, baseOf, boolFact, linkListOf, stringFact } from './common.js';
export const RDS_MODULE = /^(?:(?:registry\.terraform\.io|app\.terraform\.io)\/)?terraform-aws-modules\/rds\/aws(?:\/\/[^?]*)?(?:\?.*)?$|github\.com[/:]terraform-aws-modules\/terraform-aws-rds(?:\.git)?(?:\/\/[^?]*)?(?:\?|$)/i;
export const AURORA_MODULE = /^(?:(?:registry\.terraform\.io|app\.terraform\.io)\/)?terraform-aws-modules\/rds-aurora\/aws(?:\/\/[^?]*)?(?:\?.*)?$|github\.com[/:]terraform-aws-modules\/terraform-aws-rds-aurora(?:\.git)?(?:\/\/[^?]*)?(?:\?|$)/i;
const ENGINE_PORTS = [
    [/postgres/i, 5432],
    [/mysql|maria/i, 3306],
    [/oracle/i, 1521],
    [/sqlserver/i, 1433],
];
function portOf(call) {
    const n = asNumber(attr(call, 'port'));
    if (n !== undefined)
        return [n];
    const engine = asString(attr(call, 'engine')) ?? '';
    for (const [re, port] of ENGINE_PORTS)
        if (re.test(engine))
            return [port];
    return [];
}
/** Where the module's database lands, from its subnet arguments. */
function placementOf(call, ctx, subnetsArg) {
    const createGroup = attr(call, 'create_db_subnet_group');
    if (asBool(createGroup) === true)
        return { subnets: linkListOf(attr(call, subnetsArg), ctx) };
    const name = attr(call, 'db_subnet_group_name');
    if (present(name))
        return { subnets: { unknown: `subnet group ${asString(name) ?? 'from ' + call.address} is not in the scanned files` } };
    if (present(createGroup) && asBool(createGroup) === undefined)
        return { subnets: { unknown: `create_db_subnet_group of ${call.address} is unknown` } };
    return { subnets: [], defaultVpc: true };
}
function rdsModule(call, ctx) {
    const placement = placementOf(call, ctx, 'subnet_ids');
    return {
        ...baseOf(call),
        id: `${call.address}.module.db_instance.aws_db_instance.this[0]`,
        kind: 'datastore',
        sourceType: 'aws_db_instance',
        service: 'rds-instance',
        engine: stringFact(attr(call, 'engine'), unknownFact('engine not set')),
        ports: portOf(call),
        publiclyAccessible: boolFact(attr(call, 'publicly_accessible'), known(false)),
        inNetwork: known(true),
        subnets: placement.subnets,
        securityGroups: linkListOf(attr(call, 'vpc_security_group_ids'), ctx),
        allowlists: [],
        publicEndpoints: [],
        ...(placement.defaultVpc ? { defaultVpc: true } : {}),
    };
}
function auroraModule(call, ctx) {
    const placement = placementOf(call, ctx, 'subnets');
    const groups = linkListOf(attr(call, 'vpc_security_group_ids'), ctx);
    // The module also creates its own group (create_security_group, default true) from rules not modelled here.
    const ownGroup = asBool(attr(call, 'create_security_group')) !== false;
    return {
        ...baseOf(call),
        id: `${call.address}.aws_rds_cluster.this[0]`,
        kind: 'datastore',
        sourceType: 'aws_rds_cluster',
        service: 'rds-cluster',
        engine: stringFact(attr(call, 'engine'), unknownFact('engine not set')),
        ports: portOf(call),
        publiclyAccessible: boolFact(attr(call, 'publicly_accessible'), known(false)),
        inNetwork: known(true),
        subnets: placement.subnets,
        securityGroups: ownGroup ? { unknown: `the rules of the group ${call.address} creates (security_group_rules) are not modelled` } : groups,
        allowlists: [],
        publicEndpoints: [],
        ...(placement.defaultVpc ? { defaultVpc: true } : {}),
    };
}
/** Datastores of the registry modules modelled here. */
export function datastoresFromKnownModules(ctx) {
    const out = [];
    for (const call of ctx.byType(UNEVALUATED_MODULE_TYPE)) {
        const source = asString(attr(call, 'source')) ?? '';
        if (RDS_MODULE.test(source))
            out.push(rdsModule(call, ctx));
        else if (AURORA_MODULE.test(source))
            out.push(auroraModule(call, ctx));
    }
    return out;
}
