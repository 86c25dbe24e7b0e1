/** The policy config a command runs with: --config FILE, --no-config, or the .leakproof.yaml found upward. */
import { discoverConfigFile, EMPTY_CONFIG, loadConfig, type PolicyConfig } from '../../policy/config.js';
import { UsageError } from '../errors.js';

export const configErrorText = (errors: Array<{ file: string; line?: number; message: string }>) =>
  errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`).join('\nleakproof: ');

/** `option` is the --config value (false for --no-config); discovery starts at the scanned paths. */
export function resolveConfigOption(option: string | false | undefined, startPaths: string[] = ['.']): PolicyConfig {
  if (option === false) return EMPTY_CONFIG;
  let file = option;
  if (file === undefined) {
    const found = discoverConfigFile(startPaths);
    if (found.error) throw new UsageError(found.error);
    file = found.file;
  }
  if (!file) return EMPTY_CONFIG;
  const { config, errors } = loadConfig(file);
  if (errors.length > 0) throw new UsageError(configErrorText(errors));
  return config;
}
