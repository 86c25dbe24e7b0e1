export declare const CONFIG_SCHEMA: {
    readonly $schema: "http://json-schema.org/draft-07/schema#";
    readonly title: "leakproof configuration (.leakproof.yaml)";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly properties: {
        readonly 'fail-on': {
            readonly enum: readonly ["critical", "high", "medium", "low", "info", "none"];
            readonly description: "Exit 1 when an unsuppressed finding is at or above this severity. --fail-on wins over it.";
        };
        readonly rules: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly description: "Which rules run.";
            readonly properties: {
                readonly disable: {
                    readonly items: {
                        readonly type: "string";
                        readonly pattern: "^[A-Za-z0-9*?][A-Za-z0-9_.*?-]*$";
                    };
                    readonly type: string;
                    readonly description: string;
                };
                readonly enable: {
                    readonly items: {
                        readonly type: "string";
                        readonly pattern: "^[A-Za-z0-9*?][A-Za-z0-9_.*?-]*$";
                    };
                    readonly type: string;
                    readonly description: string;
                };
            };
        };
        readonly severity: {
            readonly type: "object";
            readonly description: "Severity overrides by rule id.";
            readonly propertyNames: {
                readonly pattern: "^[A-Za-z0-9*?][A-Za-z0-9_.*?-]*$";
            };
            readonly additionalProperties: {
                enum: string[];
            };
        };
        readonly residency: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly description: "Where data may flow. --allowed-jurisdictions / --allowed-regions win over these.";
            readonly properties: {
                readonly 'allowed-jurisdictions': {
                    type: string;
                    items: {
                        type: string;
                        minLength: number;
                    };
                    description: string;
                };
                readonly 'allowed-regions': {
                    type: string;
                    items: {
                        type: string;
                        minLength: number;
                    };
                    description: string;
                };
            };
        };
        readonly 'extra-rules': {
            type: string;
            items: {
                type: string;
                minLength: number;
            };
            description: string;
        };
        readonly exclude: {
            type: string;
            items: {
                type: string;
                minLength: number;
            };
            description: string;
        };
        readonly baseline: {
            readonly type: "string";
            readonly minLength: 1;
            readonly description: "Baseline file used when --baseline is not given, relative to this file.";
        };
        readonly history: {
            readonly type: "string";
            readonly minLength: 1;
            readonly description: "Record runs in this history when --history and $LEAKPROOF_HISTORY are not given: a SQLite file relative to this file, or a postgres:// URL (only from a trusted config).";
        };
        readonly waivers: {
            readonly type: "array";
            readonly description: "Accepted findings. A waiver needs a reason; after its expiry date it stops suppressing.";
            readonly items: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["rule", "resource", "reason"];
                readonly properties: {
                    readonly rule: {
                        readonly type: "string";
                        readonly pattern: "^[A-Za-z0-9*?][A-Za-z0-9_.*?-]*$";
                        readonly description: "Rule id or glob.";
                    };
                    readonly resource: {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly description: "Resource address glob, e.g. aws_s3_bucket.public_* or module.web.*";
                    };
                    readonly reason: {
                        readonly type: "string";
                        readonly pattern: "\\S";
                        readonly description: "Why the exposure is accepted.";
                    };
                    readonly owner: {
                        readonly type: "string";
                        readonly minLength: 1;
                    };
                    readonly expires: {
                        readonly type: "string";
                        readonly pattern: "^\\d{4}-\\d{2}-\\d{2}$";
                        readonly description: "Last day the waiver applies (YYYY-MM-DD).";
                    };
                };
            };
        };
    };
};
