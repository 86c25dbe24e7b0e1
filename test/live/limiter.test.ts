import { describe, expect, test } from '@jest/globals';
import { KeyedLimiter, Limiter, mapLimited } from '../../src/sources/live/limiter.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Limiter', () => {
  test('never runs more than its bound at once, and runs everything', async () => {
    const limiter = new Limiter(3);
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limiter.run(async () => {
          running++;
          most = Math.max(most, running);
          await tick(1 + (i % 3));
          running--;
          done.push(i);
        }),
      ),
    );
    expect(most).toBe(3);
    expect(limiter.peak).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(limiter.active).toBe(0);
  });

  test('a failing task frees its slot', async () => {
    const limiter = new Limiter(1);
    await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(async () => 'next')).resolves.toBe('next');
  });

  test('rejects a bound below 1', () => {
    expect(() => new Limiter(0)).toThrow(RangeError);
  });
});

describe('KeyedLimiter', () => {
  test('bounds each key on its own', async () => {
    const limiter = new KeyedLimiter(2);
    const running = new Map<string, number>();
    const most = new Map<string, number>();
    await Promise.all(
      ['a', 'b'].flatMap((key) =>
        Array.from({ length: 6 }, () =>
          limiter.run(key, async () => {
            running.set(key, (running.get(key) ?? 0) + 1);
            most.set(key, Math.max(most.get(key) ?? 0, running.get(key)!));
            await tick(2);
            running.set(key, running.get(key)! - 1);
          }),
        ),
      ),
    );
    expect(most.get('a')).toBe(2);
    expect(most.get('b')).toBe(2);
    expect(limiter.peak).toBe(2);
  });
});

test('mapLimited keeps the input order', async () => {
  const out = await mapLimited([30, 10, 20], 2, async (ms, i) => {
    await tick(ms / 10);
    return `${i}:${ms}`;
  });
  expect(out).toEqual(['0:30', '1:10', '2:20']);
});
