import { describe, expect, test } from '@jest/globals';
import { backoffDelay, CallTimeoutError, classifyFailure, RetriesExhaustedError, retryWithBackoff, withTimeout } from '../../src/sources/live/retry.js';

const throttled = () => Object.assign(new Error('Rate exceeded'), { name: 'Throttling' });

describe('retryWithBackoff', () => {
  test('retries retryable failures with growing, jittered waits, then succeeds', async () => {
    const waits: number[] = [];
    let calls = 0;
    const out = await retryWithBackoff(
      async () => {
        calls++;
        if (calls < 3) throw throttled();
        return 'ok';
      },
      { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000, isRetryable: (e) => classifyFailure(e) === 'throttled', sleep: async (ms) => void waits.push(ms), random: () => 0.5 },
    );
    expect(out).toBe('ok');
    expect(calls).toBe(3);
    expect(waits).toEqual([50, 100]);
  });

  test('gives up after maxAttempts with the last failure', async () => {
    let calls = 0;
    const run = retryWithBackoff(
      async () => {
        calls++;
        throw throttled();
      },
      { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1, isRetryable: () => true, sleep: async () => {} },
    );
    await expect(run).rejects.toBeInstanceOf(RetriesExhaustedError);
    await expect(run).rejects.toMatchObject({ attempts: 3, name: 'Throttling' });
    expect(calls).toBe(3);
  });

  test('does not retry what is not retryable (access denied)', async () => {
    let calls = 0;
    const denied = Object.assign(new Error('no'), { name: 'AccessDenied' });
    await expect(
      retryWithBackoff(
        async () => {
          calls++;
          throw denied;
        },
        { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 1, isRetryable: (e) => classifyFailure(e) === 'throttled', sleep: async () => {} },
      ),
    ).rejects.toBe(denied);
    expect(calls).toBe(1);
  });

  test('an attempt that hangs times out and is retried', async () => {
    let calls = 0;
    const out = await retryWithBackoff(
      async () => {
        calls++;
        if (calls === 1) return new Promise<string>(() => {});
        return 'second';
      },
      { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1, attemptTimeoutMs: 20, isRetryable: () => false, sleep: async () => {} },
    );
    expect(out).toBe('second');
  });
});

test('withTimeout rejects late work and calls onTimeout', async () => {
  let cancelled = false;
  await expect(withTimeout(new Promise(() => {}), 10, 'DescribeThings', () => (cancelled = true))).rejects.toBeInstanceOf(CallTimeoutError);
  expect(cancelled).toBe(true);
  await expect(withTimeout(Promise.resolve(7), 1000, 'fast')).resolves.toBe(7);
});

test('backoffDelay is capped', () => {
  expect(backoffDelay(10, { baseDelayMs: 100, maxDelayMs: 2000 }, () => 0.999)).toBe(1998);
  expect(backoffDelay(1, { baseDelayMs: 100, maxDelayMs: 2000 }, () => 0)).toBe(0);
});

describe('classifyFailure', () => {
  test.each([
    [{ name: 'AccessDenied' }, 'access-denied'],
    [{ name: 'UnauthorizedOperation', $metadata: { httpStatusCode: 403 } }, 'access-denied'],
    [{ code: 'Forbidden.RAM' }, 'access-denied'],
    [{ name: 'OptInRequired' }, 'region-disabled'],
    [{ name: 'AuthFailure' }, 'region-disabled'],
    [{ name: 'RequestLimitExceeded' }, 'throttled'],
    [{ code: 'Throttling.User' }, 'throttled'],
    [{ name: 'TimeoutError', message: 'Request timed out' }, 'timeout'],
    [{ code: 'ECONNRESET', message: 'socket hang up' }, 'network'],
    [{ name: 'InternalFailure', $metadata: { httpStatusCode: 500 } }, 'server-error'],
    [{ name: 'ValidationException' }, 'other'],
  ])('%j is %s', (e, kind) => {
    expect(classifyFailure(e)).toBe(kind);
  });
});
