/** What a plan scan can be told: where the configuration's .tf files are, when they are not beside the plan. */
export interface TerraformPlanOptions {
    /**
     * `--tf-dir`: the root module folder the plan was made from. Default: the
     * plan's own folder, used only when its .tf files declare the plan's
     * resources (otherwise locations point into the plan JSON).
     */
    tfDir?: string;
    /** The directory paths are relative to; default process.cwd(). */
    cwd?: string;
    /** Explain in the notes where locations come from. */
    verbose?: boolean;
}
