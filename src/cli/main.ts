#!/usr/bin/env node
// The `leakproof` executable.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { main } = await import('./program.js');
process.exitCode = await main(process.argv);
