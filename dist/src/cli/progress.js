/**
 * A one-line progress indicator on stderr, for people watching a long scan.
 * It draws only when stderr is a terminal with a known width (a 0-column
 * terminal makes spinners loop forever), draws synchronously on each update
 * (the scan keeps the event loop busy, so a timer would never fire), and
 * erases itself before the report is written. stdout never sees it, and
 * --quiet turns it off.
 */
import { isQuiet } from './terminal.js';
const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/** Redrawing more often than this only costs terminal bandwidth. */
const MIN_REDRAW_MS = 80;
export class Progress {
    stream;
    frame = 0;
    lastDraw = 0;
    drawn = false;
    started = Date.now();
    enabled;
    constructor(stream = process.stderr, env = process.env) {
        this.stream = stream;
        this.enabled = !isQuiet() && !!stream.isTTY && (stream.columns ?? 0) > 0 && env.CI === undefined && env.TERM !== 'dumb';
    }
    update(text, force = false) {
        if (!this.enabled)
            return;
        const now = Date.now();
        if (!force && now - this.lastDraw < MIN_REDRAW_MS)
            return;
        this.lastDraw = now;
        const seconds = ((now - this.started) / 1000).toFixed(1);
        const line = `${FRAMES[this.frame++ % FRAMES.length]} leakproof: ${text} (${seconds}s)`;
        const width = this.stream.columns - 1;
        this.stream.write(`\r\u001b[2K${line.length > width ? line.slice(0, Math.max(0, width - 1)) + '…' : line}`);
        this.drawn = true;
    }
    /** Erases the line, so the report or the next message starts clean. */
    done() {
        if (this.drawn)
            this.stream.write('\r\u001b[2K');
        this.drawn = false;
    }
}
