/**
 * Builds `terraform show -json` plan documents for tests, in the layout that
 * Terraform 1.11 writes (see fixtures/terraform-data/plan.json, a real plan):
 * planned_values with child modules, resource_changes with after_unknown,
 * configuration with provider_config and expression references. Providers
 * cannot be downloaded here, so AWS plans are assembled this way.
 */

export interface PlannedResource {
  /** Full instance address: `aws_db_instance.db`, `module.m.aws_s3_bucket.b[0]`. */
  address: string;
  values: Record<string, unknown>;
  /** after_unknown marks: `true`, or a tree of the value's shape. */
  unknown?: Record<string, unknown>;
  /** Configuration expressions: `{references: [...]}` / `{constant_value: ...}`, or lists of blocks of them. */
  expressions?: Record<string, unknown>;
  mode?: 'managed' | 'data';
  actions?: string[];
  providerConfigKey?: string;
}

export interface PlanSpec {
  formatVersion?: string;
  resources: PlannedResource[];
  /** provider_config entries by key, e.g. `{aws: {region: 'eu-west-1'}}`. */
  providers?: Record<string, { region?: string; regionVar?: string; alias?: string }>;
  variables?: Record<string, unknown>;
}

function parse(address: string): { module: string; type: string; name: string; index?: number | string; data: boolean } {
  const m = /^((?:module\.[^.[\]]+(?:\[[^\]]*\])?\.)*)(data\.)?([^.]+)\.([^.[\]]+)(?:\[([^\]]*)\])?$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  const key = m[5];
  return { module: (m[1] ?? '').replace(/\.$/, ''), data: !!m[2], type: m[3]!, name: m[4]!, ...(key !== undefined ? { index: /^\d+$/.test(key) ? Number(key) : JSON.parse(key) } : {}) };
}

const providerName = (type: string) => `registry.terraform.io/hashicorp/${type.split('_')[0]}`;

export function buildPlan(spec: PlanSpec): Record<string, unknown> {
  type ModuleNode = { address?: string; resources: unknown[]; child_modules?: ModuleNode[] };
  const root: ModuleNode = { resources: [] };
  const modules = new Map<string, ModuleNode>([['', root]]);
  const moduleNode = (address: string): ModuleNode => {
    let node = modules.get(address);
    if (!node) {
      const parent = moduleNode(address.replace(/\.?module\.[^.]+$/, ''));
      node = { address, resources: [] };
      (parent.child_modules ??= []).push(node);
      modules.set(address, node);
    }
    return node;
  };
  type ConfigModule = { resources: unknown[]; module_calls?: Record<string, { source: string; module: ConfigModule }> };
  const configRoot: ConfigModule = { resources: [] };
  const configOf = (moduleAddress: string): ConfigModule => {
    let node = configRoot;
    for (const m of moduleAddress.matchAll(/module\.([^.[\]]+)/g)) {
      node.module_calls ??= {};
      node = (node.module_calls[m[1]!] ??= { source: `./${m[1]}`, module: { resources: [] } }).module;
    }
    return node;
  };
  const configured = new Set<string>();
  const changes: unknown[] = [];
  for (const r of spec.resources) {
    const p = parse(r.address);
    const mode = r.mode ?? (p.data ? 'data' : 'managed');
    const common = { address: r.address, mode, type: p.type, name: p.name, ...(p.index !== undefined ? { index: p.index } : {}), provider_name: providerName(p.type) };
    const deleted = r.actions?.length === 1 && r.actions[0] === 'delete';
    if (!deleted) moduleNode(p.module).resources.push({ ...common, schema_version: 0, values: r.values, sensitive_values: {} });
    changes.push({
      ...common,
      ...(p.module ? { module_address: p.module } : {}),
      change: { actions: r.actions ?? ['create'], before: null, after: deleted ? null : r.values, after_unknown: r.unknown ?? {}, before_sensitive: false, after_sensitive: {} },
    });
    const configAddress = `${mode === 'data' ? 'data.' : ''}${p.type}.${p.name}`;
    const key = `${p.module}|${configAddress}`;
    if (!configured.has(key)) {
      configured.add(key);
      configOf(p.module).resources.push({ address: configAddress, mode, type: p.type, name: p.name, provider_config_key: r.providerConfigKey ?? p.type.split('_')[0], expressions: r.expressions ?? {}, schema_version: 0 });
    }
  }
  const providerConfig: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(spec.providers ?? {})) {
    const region = p.region !== undefined ? { region: { constant_value: p.region } } : p.regionVar ? { region: { references: [`var.${p.regionVar}`] } } : {};
    providerConfig[key] = { name: key.split('.')[0], full_name: providerName(key), ...(p.alias ? { alias: p.alias } : {}), expressions: region };
  }
  return {
    format_version: spec.formatVersion ?? '1.2',
    terraform_version: '1.11.4',
    ...(spec.variables ? { variables: Object.fromEntries(Object.entries(spec.variables).map(([k, v]) => [k, { value: v }])) } : {}),
    planned_values: { root_module: root },
    resource_changes: changes,
    configuration: { provider_config: providerConfig, root_module: configRoot },
  };
}

/** The plan as Terraform prints it with `terraform show -json | jq .` (two-space indent). */
export function planText(spec: PlanSpec): string {
  return JSON.stringify(buildPlan(spec), null, 2) + '\n';
}
