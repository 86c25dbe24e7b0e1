/** The built-in function library, table-driven, with Terraform's documented results. */
import { describe, expect, test } from '@jest/globals';
import { refValue, str, unknown } from '../../src/model/value.js';
import { evalExpr, evalPlain } from './helpers.js';

const results: Array<[string, unknown]> = [
  // numeric
  ['abs(-12.4)', 12.4],
  ['ceil(5.1)', 6],
  ['floor(-5.1)', -6],
  ['log(16, 2)', 4],
  ['max(12, 54, 3)', 54],
  ['max([12, 54, 3]...)', 54],
  ['min(12, 54, 3)', 3],
  ['parseint("100", 10)', 100],
  ['parseint("FF", 16)', 255],
  ['parseint("-10", 2)', -2],
  ['parseint("zz", 36)', 1295],
  ['pow(3, 2)', 9],
  ['signum(-13)', -1],
  ['signum(0)', 0],
  // strings
  ['chomp("hello\\n\\n")', 'hello'],
  ['chomp("hello\\r\\n")', 'hello'],
  ['endswith("hello world", "world")', true],
  ['startswith("hello world", "world")', false],
  ['format("Hello, %s!", "Ander")', 'Hello, Ander!'],
  ['format("There are %d lights", 4)', 'There are 4 lights'],
  ['format("%-5s|%5s|%05d", "a", "b", 42)', 'a    |    b|00042'],
  ['format("%.2f %t %q", 3.14159, true, "x")', '3.14 true "x"'],
  ['format("%[2]s %[1]s", "a", "b")', 'b a'],
  ['format("%x %X %o %b %e", 255, 255, 8, 5, 1000)', 'ff FF 10 101 1.000000e+03'],
  ['format("%v %v", [1, "a"], {k = true})', '[1,"a"] {"k":true}'],
  ['format("100%%")', '100%'],
  ['formatlist("Hello, %s!", ["Valentina", "Ander"])', ['Hello, Valentina!', 'Hello, Ander!']],
  ['formatlist("%s=%s", ["a", "b"], "x")', ['a=x', 'b=x']],
  ['indent(2, "[\\n  foo,\\n]")', '[\n    foo,\n  ]'],
  ['join(", ", ["foo", "bar"], ["baz"])', 'foo, bar, baz'],
  ['lower("HELLO")', 'hello'],
  ['upper("hello")', 'HELLO'],
  ['regex("[a-z]+", "53453453.345345aaabbbccc23454")', 'aaabbbccc'],
  ['regex("(\\\\d\\\\d\\\\d\\\\d)-(\\\\d\\\\d)-(\\\\d\\\\d)", "2019-02-01")', ['2019', '02', '01']],
  ['regex("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/")', { scheme: 'https', authority: 'terraform.io' }],
  ['regex("(?i)ABC", "xabcx")', 'abc'],
  ['regexall("[a-z]+", "1234abcd5678efgh9")', ['abcd', 'efgh']],
  ['length(regexall("[a-z]+", "1234"))', 0],
  ['replace("1 + 2 + 3", "+", "-")', '1 - 2 - 3'],
  ['replace("hello world", "/w.*d/", "everybody")', 'hello everybody'],
  ['replace("a-b-c", "/(\\\\w)-/", "$1+")', 'a+b+c'],
  ['replace("ab", "/(?P<first>a)/", "[$${first}]")', '[a]b'],
  ['split(",", "foo,bar,baz")', ['foo', 'bar', 'baz']],
  ['split(",", "")', ['']],
  ['strrev("hello")', 'olleh'],
  ['substr("hello world", 1, 4)', 'ello'],
  ['substr("hello world", -5, -1)', 'world'],
  ['substr("🤔🤷", 0, 1)', '🤔'],
  ['title("hello world")', 'Hello World'],
  ['strcontains("hello world", "wor")', true],
  ['templatestring("Hi $${name}: %%{ for x in xs }$${x}%%{ endfor }", {name = "ops", xs = [1, 2]})', 'Hi ops: 12'],
  ['issensitive("x")', false],
  ['trim("?!hello?!", "!?")', 'hello'],
  ['trimprefix("helloworld", "hello")', 'world'],
  ['trimsuffix("helloworld", "world")', 'hello'],
  ['trimspace("  hello\\n\\n")', 'hello'],
  // collections
  ['alltrue(["true", true])', true],
  ['alltrue([true, false])', false],
  ['alltrue([])', true],
  ['anytrue([false, "true"])', true],
  ['anytrue([])', false],
  ['chunklist(["a", "b", "c", "d", "e"], 2)', [['a', 'b'], ['c', 'd'], ['e']]],
  ['coalesce("", "b")', 'b'],
  ['coalesce(null, 1, 2)', 1],
  ['coalescelist([], ["c"])', ['c']],
  ['compact(["a", "", "b", null, "c"])', ['a', 'b', 'c']],
  ['concat(["a", ""], ["b", "c"])', ['a', '', 'b', 'c']],
  ['contains(["a", "b", "c"], "a")', true],
  ['contains(["a", "b", "c"], "d")', false],
  ['distinct(["a", "b", "a", "c", "d", "b"])', ['a', 'b', 'c', 'd']],
  ['element(["a", "b", "c"], 1)', 'b'],
  ['element(["a", "b", "c"], 3)', 'a'],
  ['flatten([["a", "b"], [], ["c", ["d"]]])', ['a', 'b', 'c', 'd']],
  ['index(["a", "b", "c"], "b")', 1],
  ['keys({b = 1, a = 2, c = 3})', ['a', 'b', 'c']],
  ['length([])', 0],
  ['length(["a", "b"])', 2],
  ['length({a = "b"})', 1],
  ['length("hello")', 5],
  ['length("👾🕹️")', 2],
  ['lookup({a = "ay", b = "bee"}, "a", "what?")', 'ay'],
  ['lookup({a = "ay", b = "bee"}, "c", "what?")', 'what?'],
  ['matchkeys(["i-123", "i-abc", "i-def"], ["us-west", "us-east", "us-east"], ["us-east"])', ['i-abc', 'i-def']],
  ['merge({a = "b", c = "d"}, {e = "f", c = "z"})', { a: 'b', c: 'z', e: 'f' }],
  ['merge({a = 1}, null)', { a: 1 }],
  ['one([])', null],
  ['one(["hello"])', 'hello'],
  ['range(3)', [0, 1, 2]],
  ['range(1, 4)', [1, 2, 3]],
  ['range(1, 8, 2)', [1, 3, 5, 7]],
  ['range(4, 1)', [4, 3, 2]],
  ['reverse([1, 2, 3])', [3, 2, 1]],
  ['setintersection(["a", "b"], ["b", "c"], ["b", "d"])', ['b']],
  ['setproduct(["development", "staging"], ["app1", "app2"])', [
    ['development', 'app1'],
    ['development', 'app2'],
    ['staging', 'app1'],
    ['staging', 'app2'],
  ]],
  ['setsubtract(["a", "b", "c"], ["a", "c"])', ['b']],
  ['setunion(["b", "a"], ["c", "b"])', ['a', 'b', 'c']],
  ['slice(["a", "b", "c", "d"], 1, 3)', ['b', 'c']],
  ['sort(["e", "d", "a", "x"])', ['a', 'd', 'e', 'x']],
  ['sum([10, 13, 6, 4.5])', 33.5],
  ['transpose({"a" = ["1", "2"], "b" = ["2", "3"]})', { '1': ['a'], '2': ['a', 'b'], '3': ['b'] }],
  ['values({a = 3, c = 2, d = 1})', [3, 2, 1]],
  ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
  // encoding
  ['base64encode("Hello World")', 'SGVsbG8gV29ybGQ='],
  ['base64decode("SGVsbG8gV29ybGQ=")', 'Hello World'],
  ['textencodebase64("Hello World", "UTF-16LE")', 'SABlAGwAbABvACAAVwBvAHIAbABkAA=='],
  ['textdecodebase64("SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE")', 'Hello World'],
  ['csvdecode("a,b,c\\n1,2,3\\n4,5,6\\n")', [
    { a: '1', b: '2', c: '3' },
    { a: '4', b: '5', c: '6' },
  ]],
  ['jsonencode({"hello" = "world", "a" = [1, true, null]})', '{"a":[1,true,null],"hello":"world"}'],
  ['jsonencode("<b>&")', '"\\u003cb\\u003e\\u0026"'],
  ['jsondecode("{\\"hello\\": \\"world\\", \\"n\\": [1.5]}")', { hello: 'world', n: [1.5] }],
  ['urlencode("Hello World!")', 'Hello+World%21'],
  ['urlencode("☃")', '%E2%98%83'],
  ['yamldecode("hello: world\\nlist: [1, 2]")', { hello: 'world', list: [1, 2] }],
  ['yamldecode(yamlencode({a = "b", c = [1, 2]}))', { a: 'b', c: [1, 2] }],
  // network
  ['cidrhost("10.12.112.0/20", 16)', '10.12.112.16'],
  ['cidrhost("10.12.112.0/20", 268)', '10.12.113.12'],
  ['cidrhost("10.12.112.0/20", -1)', '10.12.127.255'],
  ['cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)', 'fd00:fd12:3456:7890::22'],
  ['cidrnetmask("172.16.0.0/12")', '255.240.0.0'],
  ['cidrsubnet("172.16.0.0/12", 4, 2)', '172.18.0.0/16'],
  ['cidrsubnet("10.1.2.0/24", 4, 15)', '10.1.2.240/28'],
  ['cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', 'fd00:fd12:3456:7800:a200::/72'],
  ['cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)', ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20']],
  ['cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)', [
    'fd00:fd12:3456:7800::/72',
    'fd00:fd12:3456:7800:100::/72',
    'fd00:fd12:3456:7800:200::/72',
    'fd00:fd12:3456:7800:300::/88',
  ]],
  // conversion and errors
  ['can(regex("^[a-z]+$", "abc"))', true],
  ['can(regex("^[a-z]+$", "ABC"))', false],
  ['try({a = 1}.b, "fallback")', 'fallback'],
  ['try(tonumber("x"), 7)', 7],
  ['tobool("true")', true],
  ['tolist(["a", 1])', ['a', '1']],
  ['tomap({a = 1, b = "x"})', { a: '1', b: 'x' }],
  ['tonumber("42")', 42],
  ['toset(["c", "a", "c"])', ['a', 'c']],
  ['tostring(5)', '5'],
  ['tostring(null)', null],
  ['type("a")', 'string'],
  ['nonsensitive(sensitive("s"))', 's'],
  // hashes
  ['md5("hello world")', '5eb63bbbe01eeed093cb22bb8f5acdc3'],
  ['sha1("hello world")', '2aae6c35c94fcfb415dbe95f408b9ce91ee846ed'],
  ['sha256("hello world")', 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9'],
  ['base64sha256("hello world")', 'uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek='],
  ['uuidv5("dns", "www.terraform.io")', 'a5008fae-b28c-5ba5-96cd-82b4c53552d6'],
  // paths
  ['dirname("foo/bar/baz.txt")', 'foo/bar'],
  ['dirname("baz.txt")', '.'],
  ['basename("foo/bar/baz.txt")', 'baz.txt'],
  ['basename("foo/bar/")', 'bar'],
  ['pathexpand("/etc/x")', '/etc/x'],
];

describe('function results', () => {
  test.each(results)('%s', (source, expected) => {
    expect(evalPlain(source)).toEqual(expected);
  });
});

const failures: Array<[string, RegExp]> = [
  ['coalesce(null, "")', /no non-null/],
  ['element([], 0)', /empty list/],
  ['index(["a"], "z")', /not found/],
  ['lookup({a = 1}, "b")', /no key "b"/],
  ['one(["a", "b"])', /at most one/],
  ['slice(["a"], 0, 3)', /out of range/],
  ['regex("[0-9]+", "abc")', /did not match/],
  ['base64decode("not base64!")', /not valid base64/],
  ['cidrsubnet("10.0.0.0/30", 4, 0)', /cannot extend/],
  ['tonumber("ten")', /cannot convert/],
  ['format("%d")', /not enough arguments/],
  ['format("%s", "a", "b")', /too many arguments/],
  ['sum([])', /empty list/],
  ['range(0, 5000)', /more than 1024/],
  ['upper("a", "b")', /takes 1 argument/],
  ['try({}.a, {}.b)', /no argument could be evaluated/],
];

describe('function errors', () => {
  test.each(failures)('%s', (source, message) => {
    expect(() => evalExpr(source)).toThrow(message);
  });
});

describe('functions and unknown values', () => {
  const vars = {
    sg: refValue({ address: 'aws_security_group.db', attr: ['id'] }),
    missing: unknown('var.missing has no value'),
    name: str('db'),
  };

  test('a function of an unknown is unknown, and keeps the resource it depends on', () => {
    const v = evalExpr('format("%s-x", var.sg)', vars);
    expect(v).toMatchObject({ t: 'unknown', reason: 'known after apply', ref: { address: 'aws_security_group.db', attr: ['id'] } });
    expect(evalExpr('upper(var.missing)', vars)).toMatchObject({ t: 'unknown', reason: 'var.missing has no value' });
  });

  test('collection functions keep unknown items without becoming unknown', () => {
    expect(evalExpr('length([var.sg, "x"])', vars)).toMatchObject({ t: 'number', v: 2 });
    const joined = evalExpr('concat([var.sg], ["sg-1"])', vars);
    expect(joined.t).toBe('list');
    expect(joined.t === 'list' && joined.items[0]).toMatchObject({ t: 'ref', ref: { address: 'aws_security_group.db' } });
    expect(evalExpr('merge({a = var.missing}, {b = 1})', vars)).toMatchObject({ t: 'map' });
    expect(evalExpr('keys({a = var.missing})', vars)).toMatchObject({ t: 'list', items: [{ t: 'string', v: 'a' }] });
  });

  test('a whole unknown argument makes collection functions unknown', () => {
    expect(evalExpr('concat(var.missing, ["a"])', vars).t).toBe('unknown');
    expect(evalExpr('merge(var.missing, {b = 1})', vars).t).toBe('unknown');
    expect(evalExpr('jsonencode({a = var.sg})', vars).t).toBe('unknown');
  });

  test('coalesce, try and can short-circuit as Terraform does', () => {
    expect(evalPlain('coalesce(var.name, var.missing)', vars)).toBe('db');
    expect(evalExpr('coalesce(var.missing, "x")', vars).t).toBe('unknown');
    expect(evalExpr('try(var.missing, "fallback")', vars).t).toBe('unknown');
    expect(evalExpr('can(var.missing)', vars).t).toBe('unknown');
    expect(evalPlain('contains([var.missing, "a"], "a")', vars)).toBe(true);
    expect(evalExpr('contains([var.missing], "b")', vars).t).toBe('unknown');
    expect(evalPlain('alltrue([var.missing, false])', vars)).toBe(false);
  });

  test('functions that change on every run are unknown', () => {
    expect(evalExpr('uuid()')).toMatchObject({ t: 'unknown', reason: 'uuid() is known only after apply' });
    expect(evalExpr('timestamp()').t).toBe('unknown');
    expect(evalExpr('pathexpand("~/.ssh/id_rsa")').t).toBe('unknown');
  });

  test('a regex that would backtrack exponentially in JavaScript runs on RE2 and gives its answer', () => {
    expect(() => evalExpr(`regex("(a+)+$", "${'a'.repeat(40)}b")`)).toThrow(/did not match/);
    expect(evalPlain('replace("x", "/(a|b)*c/", "")')).toBe('x');
    expect(evalPlain('regex("^(ab)+$", "abab")')).toEqual(['ab']);
    expect(evalPlain('regex("^([0-9]{1,3})[.]", "10.0")')).toEqual(['10']);
  });

  test('functions this evaluator does not know give an unknown, never a crash', () => {
    expect(evalExpr('no_such_function(1)')).toMatchObject({ t: 'unknown', reason: 'function no_such_function() is not evaluated' });
    expect(evalExpr('provider::aws::arn_parse("arn:aws:s3:::b")')).toMatchObject({ t: 'unknown' });
    expect(evalExpr('formatdate("YYYY", "2024-01-01T00:00:00Z")').t).toBe('unknown');
  });
});
