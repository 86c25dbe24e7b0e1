#!/usr/bin/env node
// The `leakproof` executable.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// `leakproof rules | head -1`: the reader closed the pipe, which is how a pipe
// says "enough", not an error. Further output is dropped and the command ends
// as it would have, with its own exit code (a gate's verdict survives `| head`);
// without a listener Node would print an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e) => {
        if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED')
            throw e;
        stream.write = (() => true);
    });
}
const { main } = await import('./program.js');
process.exitCode = await main(process.argv);
export {};
