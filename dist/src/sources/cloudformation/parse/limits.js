export const DEFAULT_PARSE_LIMITS = {
    maxBytes: 20 * 1024 * 1024,
    maxDepth: 200,
    maxAliases: 10_000,
    maxNodes: 2_000_000,
    maxStringLength: 1_048_576,
    maxListItems: 100_000,
    maxTemplateChars: 32 * 1_048_576,
    maxTemplateSteps: 10_000_000,
    maxEvalDepth: 400,
    maxExpandedResources: 10_000,
};
