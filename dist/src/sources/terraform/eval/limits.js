/**
 * Bounds on evaluation, so that a hostile or broken configuration costs a
 * bounded amount of time and memory: every limit that is hit becomes an
 * InputError and an unknown value, never a hang or an out-of-memory crash.
 */
export const LIMITS = {
    /** Instances one `count` / `for_each` may expand to (resource, data source, module call, dynamic block). */
    maxInstances: 10_000,
    /** Characters in any string an expression produces. */
    maxStringLength: 1_048_576,
    /** Items in any list or map a function produces (range, setproduct, flatten...). */
    maxCollectionItems: 100_000,
    /** Nested lazy evaluations (a local that reads a local that reads a local...). */
    maxEvalDepth: 400,
    /** Nesting depth of values decoded from JSON/YAML or nested expressions. */
    maxValueDepth: 200,
    /** Resource instances one root module may produce (nested module counts multiply). */
    maxResourcesPerRoot: 200_000,
    /** Module calls nested inside module calls. */
    maxModuleDepth: 24,
    /** Bytes file()/templatefile() and friends may read. */
    maxReadFileBytes: 1_048_576,
    /** Files and folders one fileset() call may look at. */
    maxGlobEntries: 100_000,
};
