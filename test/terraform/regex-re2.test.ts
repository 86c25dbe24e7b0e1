/**
 * Terraform's regular expressions are Go's (RE2): linear-time matching, RE2
 * syntax and errors, Go's rules for successive matches and `$` expansion.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { loadTerraform } from '../../src/sources/terraform/load.js';
import { walkInputs } from '../../src/sources/walk.js';
import { attr, byAddress, evalExpr, evalPlain, plain } from './helpers.js';

describe('linear time whatever the pattern', () => {
  const long = 'a'.repeat(100_000);

  test('sequential quantifiers on a 100k-character subject finish with the right answer', () => {
    const v = evalExpr(`regexall("a*a*a*a*a*a*a*a*a*a*a*a*b", var.s)`, { s: { t: 'string', v: long } });
    expect(plain(v)).toEqual([]);
    const found = evalPlain(`regex("(a*a*a*a*a*a*a*a*)c", var.s)`, { s: { t: 'string', v: long + 'c' } });
    expect(found).toEqual([long]);
  });

  test('replace() with sequential quantifiers and no match leaves the subject as it is', () => {
    const v = evalExpr(`replace(var.s, "/a*a*a*a*a*a*a*a*a*a*b/", "x")`, { s: { t: 'string', v: long } });
    expect(v).toMatchObject({ t: 'string', v: long });
  });

  test('nested repetition is evaluated (RE2 needs no guard): (a+)+$ on aaa…b does not match', () => {
    expect(() => evalExpr(`regex("(a+)+$", "${'a'.repeat(40)}b")`)).toThrow(/did not match/);
    expect(evalPlain('replace("xaabab", "/(a|b)*b/", "-")')).toBe('x-');
    expect(evalPlain('regex("^(ab)+$", "abab")')).toEqual(['ab']);
  });
});

describe('RE2 syntax', () => {
  test.each<[string, unknown]>([
    ['regex("(?P<year>\\\\d{4})-(?P<month>\\\\d{2})", "on 2024-05")', { year: '2024', month: '05' }],
    ['regex("(?<year>\\\\d{4})", "2024")', { year: '2024' }],
    ['regex("a(?i)b", "xaBx")', 'aB'],
    ['regex("(?i:x)y", "Xy")', 'Xy'],
    ['regex("[[:alpha:]]+", "12ab3")', 'ab'],
    ['regex("[[:^digit:]]+", "12ab3")', 'ab'],
    ['regex("\\\\pL+", "1été2")', 'été'],
    ['regex("\\\\p{Greek}+", "aαβb")', 'αβ'],
    ['regex("\\\\Aab\\\\z", "ab")', 'ab'],
    ['regex("(?s)a.b", "a\\nb")', 'a\nb'],
    ['regex("(?m)^b$", "a\\nb\\nc")', 'b'],
    ['regex("(?U)a+", "aaa")', 'a'],
    ['regex("a+?", "aaa")', 'a'],
    ['regex("(a)|(b)", "b")', [null, 'b']],
    ['regex("(?P<x>a)?(?P<y>b)", "b")', { x: null, y: 'b' }],
    ['regex("\\\\x{1F600}", "smile 😀")', '😀'],
  ])('%s', (source, expected) => {
    expect(evalPlain(source)).toEqual(expected);
  });

  test.each<[string, RegExp]>([
    ['regex("(a", "a")', /invalid regular expression "\(a": missing closing \)/],
    ['regex("a**", "a")', /invalid nested repetition operator/],
    ['regex("(a)\\\\1", "aa")', /invalid escape sequence/],
    ['regex("(?=a)", "a")', /invalid or unsupported Perl syntax|invalid named capture/],
    ['regex("a{1001}", "a")', /invalid repeat count/],
    ['regex("(?P<n>a)(b)", "ab")', /named and unnamed capture groups cannot be mixed/],
  ])('%s is an evaluation error', (source, message) => {
    expect(() => evalExpr(source)).toThrow(message);
  });

  test('can() turns an invalid pattern into false, as in Terraform', () => {
    expect(evalPlain('can(regex("(", "x"))')).toBe(false);
  });
});

describe("Go's successive matches", () => {
  test('an empty match right after a match is skipped (FindAll)', () => {
    expect(evalPlain('regexall("a*", "baaac")')).toEqual(['', 'aaa', '']);
    expect(evalPlain('regexall("", "ab")')).toEqual(['', '', '']);
    expect(evalPlain('regexall("x*", "😀😀")')).toEqual(['', '', '']);
  });

  test('replace() sees the same matches as regexall()', () => {
    expect(evalPlain('replace("baaac", "/a*/", "-")')).toBe('-b-c-');
    expect(evalPlain('replace("abc", "//", "-")')).toBe('-a-b-c-'); // "//" is the empty pattern, as in Terraform
    expect(evalPlain('replace("abc", "/x*/", "-")')).toBe('-a-b-c-');
  });

  test('anchors and word boundaries see the whole subject on later searches', () => {
    expect(evalPlain('regexall("^a", "aaa")')).toEqual(['a']);
    expect(evalPlain('regexall("\\\\bb", "ab b")')).toEqual(['b']);
  });

  test('regexall with groups gives a tuple or an object a match', () => {
    expect(evalPlain('regexall("(\\\\w)=(\\\\d)", "a=1 b=2")')).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
    expect(evalPlain('regexall("(?P<k>\\\\w)=(?P<v>\\\\d)", "a=1 b=2")')).toEqual([
      { k: 'a', v: '1' },
      { k: 'b', v: '2' },
    ]);
  });
});

describe('replace() expands $ as Go regexp.Expand does', () => {
  test.each<[string, string]>([
    ['replace("a-b", "/(\\\\w)-(\\\\w)/", "$2-$1")', 'b-a'],
    ['replace("a-b", "/(\\\\w)-(\\\\w)/", "$${2}x$${1}")', 'bxa'],
    ['replace("a-b", "/(?P<l>\\\\w)-(?P<r>\\\\w)/", "$r+$l")', 'b+a'],
    ['replace("a-b", "/(?P<l>\\\\w)-(?P<r>\\\\w)/", "$${r}$${l}")', 'ba'],
    ['replace("ab", "/(a)/", "$0$0")', 'aab'],
    ['replace("ab", "/(a)/", "$1x")', 'b'], // "$1x" names group "1x", which does not exist
    ['replace("ab", "/(a)/", "$$1")', '$1b'],
    ['replace("ab", "/(a)/", "$")', '$b'],
    ['replace("ab", "/(a)/", "$-")', '$-b'],
    ['replace("ab", "/(a)/", "$${1")', '${1b'],
    ['replace("ab", "/(a)/", "[$9]")', '[]b'],
    ['replace("b", "/(a)?b/", "[$1]")', '[]'],
  ])('%s', (source, expected) => {
    expect(evalPlain(source)).toBe(expected);
  });
});

describe('an invalid pattern in a configuration', () => {
  test('is an input error at the file:line of its attribute, and the rest of the file is still evaluated', () => {
    const tmp = fs.realpathSync(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-re2-')));
    try {
      fs.writeFileSync(
        nodePath.join(tmp, 'main.tf'),
        [
          'resource "aws_s3_bucket" "a" {',
          '  bucket = "ok"',
          '  tags = {',
          '    bad = regex("[a-", "x")',
          '  }',
          '}',
          'resource "aws_s3_bucket" "b" {',
          '  bucket = replace("logs-1", "/-(\\\\d)$/", "_$1")',
          '}',
          '',
        ].join('\n'),
      );
      const unit = walkInputs(['.'], { cwd: tmp }).units[0]!;
      const result = loadTerraform(unit, { cwd: tmp });
      const err = result.errors.find((e) => e.message.includes('invalid regular expression'));
      expect(err).toMatchObject({ line: 3 }); // `tags = {`: errors are located at the attribute
      expect(err!.file.endsWith('main.tf')).toBe(true);
      expect(err!.message).toMatch(/missing closing \]/);
      expect(plain(attr(byAddress(result, 'aws_s3_bucket.a'), 'bucket')!)).toBe('ok');
      expect(plain(attr(byAddress(result, 'aws_s3_bucket.b'), 'bucket')!)).toBe('logs_1');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
