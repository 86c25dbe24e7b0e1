export class LeakproofError extends Error {
    /** Each problem, with the file (and line) it is about. */
    problems;
    constructor(message, problems = []) {
        super(problems.length > 0 ? `${message}: ${problems.map(describeProblem).join('; ')}` : message);
        this.name = 'LeakproofError';
        this.problems = problems;
    }
}
export function describeProblem(p) {
    return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
}
