/**
 * How every command of the CLI talks to a person: a usage mistake is one
 * `leakproof: ...` line and a pointer to that command's help (never the whole
 * help page), help pages end with examples, and empty list defaults
 * (`(default: [])`) are left out. Commands added with addCommand inherit none
 * of commander's settings, so they are applied to the whole tree at once.
 */
import { Help } from 'commander';
/** The full name a user types, e.g. `leakproof audit aws`. */
export function commandPath(cmd) {
    const names = [];
    for (let c = cmd; c; c = c.parent)
        names.unshift(c.name());
    return names.join(' ');
}
/** An "Examples:" section; each entry is a command line and, optionally, what it does. */
export function examples(...entries) {
    const width = Math.max(...entries.map(([c]) => c.length));
    const lines = entries.map(([c, comment]) => (comment && width <= 64 ? `  $ ${c.padEnd(width)}  # ${comment}` : comment ? `  # ${comment}\n  $ ${c}` : `  $ ${c}`));
    return `\nExamples:\n${lines.join('\n')}\n`;
}
/** Repeatable options start from []: that is not a default worth showing; a list default reads as its items. */
function plainDefault(item) {
    if (!Array.isArray(item.defaultValue) || item.defaultValueDescription)
        return item;
    const copy = Object.assign(Object.create(Object.getPrototypeOf(item)), item);
    if (item.defaultValue.length === 0)
        copy.defaultValue = undefined;
    else
        copy.defaultValueDescription = item.defaultValue.join(' ');
    return copy;
}
function applyTo(cmd) {
    cmd
        .exitOverride()
        .configureOutput({
        // commander prefixes "error: "; our errors all read "leakproof: <what>".
        outputError: (text, write) => write(`leakproof: ${text.replace(/^error: /, '')}`),
    })
        .showHelpAfterError(`see '${commandPath(cmd)} --help'`)
        .configureHelp({
        showGlobalOptions: true,
        optionDescription(option) {
            return Help.prototype.optionDescription.call(this, plainDefault(option));
        },
        argumentDescription(argument) {
            return Help.prototype.argumentDescription.call(this, plainDefault(argument));
        },
    });
    for (const sub of cmd.commands)
        applyTo(sub);
}
/** Applies the settings above to a command and everything under it; call once the tree is built. */
export function applyHelpHabits(root) {
    applyTo(root);
    return root;
}
/**
 * `leakproof help audit aws` → `leakproof audit aws --help`: commander's own
 * help command looks at one name only, so it showed `audit`'s page. A name
 * that is not a command is passed on without --help, so that commander
 * reports it as the unknown command it is.
 */
export function expandHelpCommand(argv, root) {
    const [node, script, first, ...names] = argv;
    if (first !== 'help' || names.length === 0 || names.some((a) => a.startsWith('-')))
        return argv;
    let cmd = root;
    for (const name of names)
        cmd = cmd?.commands.find((c) => c.name() === name || c.aliases().includes(name));
    return [node, script, ...names, ...(cmd ? ['--help'] : [])];
}
