export interface TerminalChoice {
    quiet: boolean;
    /** False for --no-color. */
    color: boolean;
}
export declare function setTerminalChoice(choice: TerminalChoice): void;
export declare function isQuiet(): boolean;
/** A warning or a note on stderr, left out under --quiet; scanned text in it cannot forge lines or escapes. Errors are written directly: they always show. */
export declare function notice(line: string): void;
/** An input error on stderr (errors always show): `file:line:column: message`, with scanned text escaped. */
export declare function printInputError(e: {
    file: string;
    line?: number;
    column?: number;
    message: string;
}): void;
/**
 * Colour for a report written to `stream`: never with --no-color or NO_COLOR
 * (any non-empty value, per no-color.org); FORCE_COLOR=0 turns it off and any
 * other FORCE_COLOR value turns it on even through a pipe (CI logs render
 * ANSI); otherwise only on a terminal.
 */
export declare function colorWanted(stream: {
    isTTY?: boolean;
}, env?: NodeJS.ProcessEnv): boolean;
