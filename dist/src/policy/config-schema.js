/**
 * JSON Schema of `.leakproof.yaml`. The same document is checked in at
 * schema/leakproof-config.schema.json for editors (a test keeps the two equal);
 * it lives here too so the CLI needs no file lookup at run time.
 */
const RULE_PATTERN = '^[A-Za-z0-9*?][A-Za-z0-9_.*?-]*$';
const SEVERITY = { enum: ['critical', 'high', 'medium', 'low', 'info'] };
const nonEmptyStrings = (description) => ({ type: 'array', items: { type: 'string', minLength: 1 }, description });
export const CONFIG_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'leakproof configuration (.leakproof.yaml)',
    type: 'object',
    additionalProperties: false,
    properties: {
        'fail-on': {
            enum: ['critical', 'high', 'medium', 'low', 'info', 'none'],
            description: 'Exit 1 when an unsuppressed finding is at or above this severity. --fail-on wins over it.',
        },
        rules: {
            type: 'object',
            additionalProperties: false,
            description: 'Which rules run.',
            properties: {
                disable: { ...nonEmptyStrings('Rule ids (or globs such as LP-RES-*) that do not run.'), items: { type: 'string', pattern: RULE_PATTERN } },
                enable: { ...nonEmptyStrings('Rule ids that run even though a disable glob matches them.'), items: { type: 'string', pattern: RULE_PATTERN } },
            },
        },
        severity: {
            type: 'object',
            description: 'Severity overrides by rule id.',
            propertyNames: { pattern: RULE_PATTERN },
            additionalProperties: SEVERITY,
        },
        residency: {
            type: 'object',
            additionalProperties: false,
            description: 'Where data may flow. --allowed-jurisdictions / --allowed-regions win over these.',
            properties: {
                'allowed-jurisdictions': nonEmptyStrings('Jurisdiction codes such as US, EU, CN.'),
                'allowed-regions': nonEmptyStrings('Regions data may flow to in addition to the allowed jurisdictions.'),
            },
        },
        'extra-rules': nonEmptyStrings('Folders, files or npm packages with extra rules, relative to this file. Added to --rules. From a .leakproof.yaml found in the scanned tree only declarative YAML rules load; JavaScript rules and packages need --config FILE or --trust-config.'),
        exclude: nonEmptyStrings('Paths to skip: gitignore-like globs relative to each scanned folder (vendor/**, **/.terragrunt-cache/**, modules/legacy). Added to --exclude; every excluded path is listed in the report as skipped.'),
        baseline: { type: 'string', minLength: 1, description: 'Baseline file used when --baseline is not given, relative to this file.' },
        history: {
            type: 'string',
            minLength: 1,
            description: 'Record runs in this history when --history and $LEAKPROOF_HISTORY are not given: a SQLite file relative to this file, or a postgres:// URL (only from a trusted config).',
        },
        waivers: {
            type: 'array',
            description: 'Accepted findings. A waiver needs a reason; after its expiry date it stops suppressing.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['rule', 'resource', 'reason'],
                properties: {
                    rule: { type: 'string', pattern: RULE_PATTERN, description: 'Rule id or glob.' },
                    resource: { type: 'string', minLength: 1, description: 'Resource address glob, e.g. aws_s3_bucket.public_* or module.web.*' },
                    reason: { type: 'string', pattern: '\\S', description: 'Why the exposure is accepted.' },
                    owner: { type: 'string', minLength: 1 },
                    expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Last day the waiver applies (YYYY-MM-DD).' },
                },
            },
        },
    },
};
