// A JavaScript rule: every datastore must name an owner, so that an exposure reaches a person.
// Use it with:  npx leakproof scan --rules examples/custom-rules examples/
export default {
  id: 'ACME-DB-001',
  title: 'Datastores must carry an owner tag',
  severity: 'low',
  category: 'public-datastore',
  resourceKinds: ['datastore'],
  description: 'Every datastore needs an owner tag so that a finding about it reaches the team that runs it.',
  remediation: 'Add an owner tag naming the team.',
  references: [],
  frameworks: [],
  check(resource) {
    if (resource.tags.owner) return [];
    return [
      {
        message: `${resource.id} has no owner tag`,
        fix: { terraform: 'tags = {\n  owner = "data-platform"\n}' },
      },
    ];
  },
};
