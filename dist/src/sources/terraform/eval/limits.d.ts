/**
 * Bounds on evaluation, so that a hostile or broken configuration costs a
 * bounded amount of time and memory: every limit that is hit becomes an
 * InputError and an unknown value, never a hang or an out-of-memory crash.
 */
export declare const LIMITS: {
    /** Instances one `count` / `for_each` may expand to (resource, data source, module call, dynamic block). */
    readonly maxInstances: 10000;
    /** Characters in any string an expression produces. */
    readonly maxStringLength: 1048576;
    /** Items in any list or map a function produces (range, setproduct, flatten...). */
    readonly maxCollectionItems: 100000;
    /** Nested lazy evaluations (a local that reads a local that reads a local...). */
    readonly maxEvalDepth: 400;
    /** Nesting depth of values decoded from JSON/YAML or nested expressions. */
    readonly maxValueDepth: 200;
    /** Resource instances one root module may produce (nested module counts multiply). */
    readonly maxResourcesPerRoot: 200000;
    /** Module calls nested inside module calls. */
    readonly maxModuleDepth: 24;
    /** Bytes file()/templatefile() and friends may read. */
    readonly maxReadFileBytes: 1048576;
    /** Files and folders one fileset() call may look at. */
    readonly maxGlobEntries: 100000;
};
