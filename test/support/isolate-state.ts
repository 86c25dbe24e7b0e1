/**
 * Runs before every test file (jest.config.js): the CLI's default run history
 * lives in the user's state folder, so each test file gets its own
 * XDG_STATE_HOME in a temp folder, and a LEAKPROOF_HISTORY from the developer's
 * shell never reaches a test. No test can write to the user's state or the checkout's.
 * (Child processes a test spawns get this environment only when passed `env: process.env`.)
 */
import { afterAll } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const state = mkdtempSync(path.join(tmpdir(), 'leakproof-test-state-'));
process.env.XDG_STATE_HOME = state;
delete process.env.LEAKPROOF_HISTORY;

afterAll(() => rmSync(state, { recursive: true, force: true }));
