#!/usr/bin/env python3
"""Generates expr_cases.inc: pairs of a Python expression and the equivalent
Krait C++ runtime expression (which yields a str*), with the expected text
computed by CPython: repr(value) for mode 'r', str(value) for mode 's', and
"Type: message" (the traceback's last line) when the expression raises.
    python3 cpp-runtime/tests/gen_expr_cases.py > cpp-runtime/tests/expr_cases.inc
"""
import sys

# (mode, python expression, C++ expression returning str*)
CASES = [
    # ---- int arithmetic ----
    ("r", "7 // 2", "repr_of(int_floordiv(7, 2))"),
    ("r", "-7 // 2", "repr_of(int_floordiv(-7, 2))"),
    ("r", "7 // -2", "repr_of(int_floordiv(7, -2))"),
    ("r", "-7 // -2", "repr_of(int_floordiv(-7, -2))"),
    ("r", "-6 // 3", "repr_of(int_floordiv(-6, 3))"),
    ("r", "-7 % 2", "repr_of(int_mod(-7, 2))"),
    ("r", "7 % -2", "repr_of(int_mod(7, -2))"),
    ("r", "-7 % -2", "repr_of(int_mod(-7, -2))"),
    ("r", "(-2**63) % -1", "repr_of(int_mod(INT64_MIN, -1))"),
    ("r", "(-2**63) // 1", "repr_of(int_floordiv(INT64_MIN, 1))"),
    ("r", "1 // 0", "repr_of(int_floordiv(1, 0))"),
    ("r", "1 % 0", "repr_of(int_mod(1, 0))"),
    ("r", "1 / 0", "repr_of(int_truediv(1, 0))"),
    ("r", "divmod(1, 0)", "repr_of(divmod(i64(1), i64(0)))"),
    ("r", "divmod(-7, 2)", "repr_of(divmod(i64(-7), i64(2)))"),
    ("r", "divmod(7.5, -2.0)", "repr_of(divmod(7.5, -2.0))"),
    ("r", "divmod(-0.0, 5.0)", "repr_of(divmod(-0.0, 5.0))"),
    ("r", "divmod(1.0, 0.0)", "repr_of(divmod(1.0, 0.0))"),
    ("r", "2 ** 62", "repr_of(int_pow(2, 62))"),
    ("r", "(-2) ** 63", "repr_of(int_pow(-2, 63))"),
    ("r", "3 ** 39", "repr_of(int_pow(3, 39))"),
    ("r", "0 ** 0", "repr_of(int_pow(0, 0))"),
    ("r", "0 ** -1", "repr_of(int_pow(0, -1))"),
    ("r", "pow(3, 200, 1000000007)", "repr_of(int_pow_mod(3, 200, 1000000007))"),
    ("r", "pow(-3, 3, 7)", "repr_of(int_pow_mod(-3, 3, 7))"),
    ("r", "pow(3, 3, -7)", "repr_of(int_pow_mod(3, 3, -7))"),
    ("r", "1 << 62", "repr_of(int_lshift(1, 62))"),
    ("r", "-1 << 63", "repr_of(int_lshift(-1, 63))"),
    ("r", "1 << -1", "repr_of(int_lshift(1, -1))"),
    ("r", "-5 >> 1", "repr_of(int_rshift(-5, 1))"),
    ("r", "-5 >> 100", "repr_of(int_rshift(-5, 100))"),
    ("r", "5 >> 100", "repr_of(int_rshift(5, 100))"),
    ("r", "1 >> -1", "repr_of(int_rshift(1, -1))"),
    ("r", "abs(-5)", "repr_of(py_abs(i64(-5)))"),
    ("r", "abs(-0.0)", "repr_of(py_abs(-0.0))"),
    ("r", "-(2**63 - 1)", "repr_of(int_neg(INT64_MAX))"),
    ("r", "round(2.5)", "repr_of(round_of(2.5))"),
    ("r", "round(3.5)", "repr_of(round_of(3.5))"),
    ("r", "round(-0.5)", "repr_of(round_of(-0.5))"),
    ("r", "round(float('inf'))", "repr_of(round_of(HUGE_VAL))"),
    ("r", "round(float('nan'))", "repr_of(round_of(std::nan(\"\")))"),
    ("r", "round(1234, -2)", "repr_of(round_of(i64(1234), i64(-2)))"),
    ("r", "round(1250, -2)", "repr_of(round_of(i64(1250), i64(-2)))"),
    ("r", "round(1350, -2)", "repr_of(round_of(i64(1350), i64(-2)))"),
    ("r", "round(-1250, -2)", "repr_of(round_of(i64(-1250), i64(-2)))"),
    ("r", "bin(10)", "repr_of(bin(10))"),
    ("r", "bin(-10)", "repr_of(bin(-10))"),
    ("r", "hex(255)", "repr_of(hex(255))"),
    ("r", "hex(-2**63)", "repr_of(hex(INT64_MIN))"),
    ("r", "oct(8)", "repr_of(oct(8))"),
    ("r", "bin(0)", "repr_of(bin(0))"),
    # ---- conversions ----
    ("r", "int(2.9)", "repr_of(int_of(2.9))"),
    ("r", "int(-2.9)", "repr_of(int_of(-2.9))"),
    ("r", "int(float('inf'))", "repr_of(int_of(HUGE_VAL))"),
    ("r", "int(float('-inf'))", "repr_of(int_of(-HUGE_VAL))"),
    ("r", "int(float('nan'))", "repr_of(int_of(std::nan(\"\")))"),
    ("r", "int(True)", "repr_of(int_of(true))"),
    ("r", "float(3)", "repr_of(float_of(i64(3)))"),
    ("r", "float(2**53 + 1)", "repr_of(float_of(i64(9007199254740993)))"),
    ("r", "str(True)", "str_of(true)"),
    ("r", "str(None)", "str_of(None)"),
    ("r", "str(1.0)", "str_of(1.0)"),
    ("r", "str(-12)", "str_of(i64(-12))"),
    ("r", "chr(233)", "chr(233)"),
    ("r", "chr(0x1F600)", "chr(0x1F600)"),
    ("r", "chr(-1)", "chr(-1)"),
    ("r", "chr(0x110000)", "chr(0x110000)"),
    ("r", "ord('é')", "repr_of(ord(S(\"é\")))"),
    ("r", "ord('ab')", "repr_of(ord(S(\"ab\")))"),
    ("r", "ord('')", "repr_of(ord(S(\"\")))"),
    # ---- comparisons (exact int/float) ----
    ("r", "2**53 + 1 == 9007199254740992.0", "repr_of(py_eq(i64(9007199254740993), 9007199254740992.0))"),
    ("r", "2**53 == 9007199254740992.0", "repr_of(py_eq(i64(9007199254740992), 9007199254740992.0))"),
    ("r", "2**53 + 1 > 9007199254740992.0", "repr_of(py_gt(i64(9007199254740993), 9007199254740992.0))"),
    ("r", "1 < 1.5", "repr_of(py_lt(i64(1), 1.5))"),
    ("r", "2 <= 1.5", "repr_of(py_le(i64(2), 1.5))"),
    ("r", "-1 < -0.5", "repr_of(py_lt(i64(-1), -0.5))"),
    ("r", "float('nan') == float('nan')", "repr_of(py_eq(std::nan(\"\"), std::nan(\"\")))"),
    ("r", "1 == float('nan')", "repr_of(py_eq(i64(1), std::nan(\"\")))"),
    ("r", "(2**63-1) < 9.3e18", "repr_of(py_lt(INT64_MAX, 9.3e18))"),
    ("r", "(2**63-1) < 9223372036854775808.0", "repr_of(py_lt(INT64_MAX, 9223372036854775808.0))"),
    ("r", "-2**63 == -9223372036854775808.0", "repr_of(py_eq(INT64_MIN, -9223372036854775808.0))"),
    ("r", "True == 1", "repr_of(py_eq(true, i64(1)))"),
    ("r", "True == 1.0", "repr_of(py_eq(true, 1.0))"),
    ("r", "'abc' < 'abd'", "repr_of(py_lt(S(\"abc\"), S(\"abd\")))"),
    ("r", "'ab' < 'abc'", "repr_of(py_lt(S(\"ab\"), S(\"abc\")))"),
    ("r", "'é' > 'z'", "repr_of(py_gt(S(\"é\"), S(\"z\")))"),
    ("r", "'\\uffff' < '\\U0001F600'", "repr_of(py_lt(chr(0xFFFF), chr(0x1F600)))"),
    ("r", "[1, 2] < [1, 2, 3]", "repr_of(py_lt(L({1, 2}), L({1, 2, 3})))"),
    ("r", "[1, 3] > [1, 2, 3]", "repr_of(py_gt(L({1, 3}), L({1, 2, 3})))"),
    ("r", "[1, 2] == [1.0, 2.0]", "repr_of(py_eq(L({1, 2}), list<double>::make({1.0, 2.0})))"),
    ("r", "[1, 2] <= [1, 2]", "repr_of(py_le(L({1, 2}), L({1, 2})))"),
    ("r", "[] < []", "repr_of(py_lt(L({}), L({})))"),
    ("r", "(1, 'a') < (1, 'b')", "repr_of(py_lt(std::make_tuple(i64(1), S(\"a\")), std::make_tuple(i64(1), S(\"b\"))))"),
    ("r", "(1, 2) < (1, 2, 0)", "repr_of(py_lt(std::make_tuple(i64(1), i64(2)), std::make_tuple(i64(1), i64(2), i64(0))))"),
    ("r", "(1, 2) == (1.0, 2)", "repr_of(py_eq(std::make_tuple(i64(1), i64(2)), std::make_tuple(1.0, i64(2))))"),
    ("r", "None == None", "repr_of(py_eq(None, None))"),
    ("r", "[None] == [None]", "repr_of(py_eq(list<str*>::make({nullptr}), list<str*>::make({nullptr})))"),
    ("r", "1 < 'a'", "repr_of(py_lt(i64(1), S(\"a\")))"),
    ("r", "None < 1", "repr_of(py_lt(None, i64(1)))"),
    ("r", "[1] < 'a'", "repr_of(py_lt(L({1}), S(\"a\")))"),
    # ---- truthiness ----
    ("r", "[bool(0), bool(1), bool(0.0), bool(-0.0), bool(''), bool('a'), bool([]), bool([0]), bool(None)]",
     "repr_of(list<bool>::make({truthy(i64(0)), truthy(i64(1)), truthy(0.0), truthy(-0.0), truthy(S(\"\")), truthy(S(\"a\")), truthy(L({})), truthy(L({0})), truthy(None)}))"),
    # ---- hashes (CPython-compatible for numbers and tuples) ----
    ("r", "[hash(0), hash(-1), hash(2**61 - 1), hash(2**61), hash(-2**63), hash(2**63 - 1)]",
     "repr_of(L({py_hash(i64(0)), py_hash(i64(-1)), py_hash(i64((1LL << 61) - 1)), py_hash(i64(1LL << 61)), py_hash(INT64_MIN), py_hash(INT64_MAX)}))"),
    ("r", "[hash(1.0), hash(-1.0), hash(0.5), hash(1e300), hash(-2.5), hash(float('inf')), hash(1e-300), hash(3.14159)]",
     "repr_of(L({py_hash(1.0), py_hash(-1.0), py_hash(0.5), py_hash(1e300), py_hash(-2.5), py_hash(HUGE_VAL), py_hash(1e-300), py_hash(3.14159)}))"),
    ("r", "[hash(()), hash((1, 2)), hash((1, (2, 3))), hash((-1, 2.5, True))]",
     "repr_of(L({py_hash(std::tuple<>()), py_hash(std::make_tuple(i64(1), i64(2))), py_hash(std::make_tuple(i64(1), std::make_tuple(i64(2), i64(3)))), py_hash(std::make_tuple(i64(-1), 2.5, true))}))"),
    # ---- str ----
    ("r", "'hello'[1]", "S(\"hello\")->getitem(1)"),
    ("r", "'hello'[-1]", "S(\"hello\")->getitem(-1)"),
    ("r", "'hello'[5]", "S(\"hello\")->getitem(5)"),
    ("r", "'hello'[-6]", "S(\"hello\")->getitem(-6)"),
    ("r", "'héllo wörld'[7]", "S(\"héllo wörld\")->getitem(7)"),
    ("r", "('ab€' * 40)[100]", "str_repeat(S(\"ab€\"), 40)->getitem(100)"),
    ("r", "('ab€' * 40)[-1]", "str_repeat(S(\"ab€\"), 40)->getitem(-1)"),
    ("r", "len('ab€' * 40)", "repr_of(len(str_repeat(S(\"ab€\"), 40)))"),
    ("r", "'hello'[1:3]", "S(\"hello\")->slice(1, 3)"),
    ("r", "'hello'[::-1]", "S(\"hello\")->slice(std::nullopt, std::nullopt, -1)"),
    ("r", "'hello'[::2]", "S(\"hello\")->slice(std::nullopt, std::nullopt, 2)"),
    ("r", "'hello'[-100:100]", "S(\"hello\")->slice(-100, 100)"),
    ("r", "'hello'[4:1:-1]", "S(\"hello\")->slice(4, 1, -1)"),
    ("r", "'hello'[::0]", "S(\"hello\")->slice(std::nullopt, std::nullopt, 0)"),
    ("r", "'héllo wörld'[2:9]", "S(\"héllo wörld\")->slice(2, 9)"),
    ("r", "'héllo wörld'[::-3]", "S(\"héllo wörld\")->slice(std::nullopt, std::nullopt, -3)"),
    ("r", "'ab' + 'cd'", "str_concat(S(\"ab\"), S(\"cd\"))"),
    ("r", "'ab' + 'é'", "str_concat(S(\"ab\"), S(\"é\"))"),
    ("r", "'ab' * 3", "str_repeat(S(\"ab\"), 3)"),
    ("r", "'ab' * -1", "str_repeat(S(\"ab\"), -1)"),
    ("r", "'ell' in 'hello'", "repr_of(str_contains(S(\"hello\"), S(\"ell\")))"),
    ("r", "'' in 'hello'", "repr_of(str_contains(S(\"hello\"), S(\"\")))"),
    ("r", "'xyz' in 'hello'", "repr_of(str_contains(S(\"hello\"), S(\"xyz\")))"),
    ("r", "'a,b,,c'.split(',')", "repr_of(S(\"a,b,,c\")->split(S(\",\")))"),
    ("r", "'a,b,,c'.split(',', 1)", "repr_of(S(\"a,b,,c\")->split(S(\",\"), 1))"),
    ("r", "'  a b\\t\\nc  '.split()", "repr_of(S(\"  a b\\t\\nc  \")->split())"),
    ("r", "'  a b  c  '.split(None, 1)", "repr_of(S(\"  a b  c  \")->split(nullptr, 1))"),
    ("r", "'  a b  c  '.rsplit(None, 1)", "repr_of(S(\"  a b  c  \")->rsplit(nullptr, 1))"),
    ("r", "'a,b,,c'.rsplit(',', 2)", "repr_of(S(\"a,b,,c\")->rsplit(S(\",\"), 2))"),
    ("r", "''.split()", "repr_of(S(\"\")->split())"),
    ("r", "''.split(',')", "repr_of(S(\"\")->split(S(\",\")))"),
    ("r", "'abc'.split('')", "repr_of(S(\"abc\")->split(S(\"\")))"),
    ("r", "'a\\u3000b\\xa0c'.split()", "repr_of(S(\"a\\u3000b\\u00a0c\")->split())"),
    ("r", "'a\\nb\\r\\nc\\rd\\x0be\\u2028f\\n'.splitlines()", "repr_of(S(\"a\\nb\\r\\nc\\rd\\x0b\" \"e\\u2028f\\n\")->splitlines())"),
    ("r", "'a\\nb\\r\\nc\\n'.splitlines(True)", "repr_of(S(\"a\\nb\\r\\nc\\n\")->splitlines(true))"),
    ("r", "', '.join(['a', 'b', 'c'])", "S(\", \")->join(list<str*>::make({S(\"a\"), S(\"b\"), S(\"c\")}))"),
    ("r", "''.join([])", "S(\"\")->join(list<str*>::make_empty())"),
    ("r", "'  hi  '.strip()", "S(\"  hi  \")->strip()"),
    ("r", "'  hi  '.lstrip()", "S(\"  hi  \")->lstrip()"),
    ("r", "'  hi  '.rstrip()", "S(\"  hi  \")->rstrip()"),
    ("r", "'xxhixyx'.strip('xy')", "S(\"xxhixyx\")->strip(S(\"xy\"))"),
    ("r", "'\\u3000é\\xa0'.strip()", "S(\"\\u3000é\\u00a0\")->strip()"),
    ("r", "'ééaéé'.strip('é')", "S(\"ééaéé\")->strip(S(\"é\"))"),
    ("r", "'aaa'.replace('a', 'bb')", "S(\"aaa\")->replace(S(\"a\"), S(\"bb\"))"),
    ("r", "'aaa'.replace('a', 'b', 2)", "S(\"aaa\")->replace(S(\"a\"), S(\"b\"), 2)"),
    ("r", "'abc'.replace('', '-')", "S(\"abc\")->replace(S(\"\"), S(\"-\"))"),
    ("r", "'abc'.replace('', '-', 2)", "S(\"abc\")->replace(S(\"\"), S(\"-\"), 2)"),
    ("r", "'héé'.replace('é', 'e')", "S(\"héé\")->replace(S(\"é\"), S(\"e\"))"),
    ("r", "'hello'.find('l')", "repr_of(S(\"hello\")->find(S(\"l\")))"),
    ("r", "'hello'.rfind('l')", "repr_of(S(\"hello\")->rfind(S(\"l\")))"),
    ("r", "'hello'.find('l', 3)", "repr_of(S(\"hello\")->find(S(\"l\"), 3))"),
    ("r", "'hello'.find('l', -1)", "repr_of(S(\"hello\")->find(S(\"l\"), -1))"),
    ("r", "'hello'.find('')", "repr_of(S(\"hello\")->find(S(\"\")))"),
    ("r", "'hello'.find('', 5)", "repr_of(S(\"hello\")->find(S(\"\"), 5))"),
    ("r", "'hello'.find('', 6)", "repr_of(S(\"hello\")->find(S(\"\"), 6))"),
    ("r", "'hello'.rfind('')", "repr_of(S(\"hello\")->rfind(S(\"\")))"),
    ("r", "'hello'.find('z')", "repr_of(S(\"hello\")->find(S(\"z\")))"),
    ("r", "'héllo'.find('llo')", "repr_of(S(\"héllo\")->find(S(\"llo\")))"),
    ("r", "'héllo'.rfind('l')", "repr_of(S(\"héllo\")->rfind(S(\"l\")))"),
    ("r", "'hello'.index('z')", "repr_of(S(\"hello\")->index(S(\"z\")))"),
    ("r", "'hello'.count('l')", "repr_of(S(\"hello\")->count(S(\"l\")))"),
    ("r", "'aaaa'.count('aa')", "repr_of(S(\"aaaa\")->count(S(\"aa\")))"),
    ("r", "'abc'.count('')", "repr_of(S(\"abc\")->count(S(\"\")))"),
    ("r", "'hello'.startswith('he')", "repr_of(S(\"hello\")->startswith(S(\"he\")))"),
    ("r", "'hello'.endswith('lo')", "repr_of(S(\"hello\")->endswith(S(\"lo\")))"),
    ("r", "'hello'.endswith('hello!')", "repr_of(S(\"hello\")->endswith(S(\"hello!\")))"),
    ("r", "'Hello World'.upper()", "S(\"Hello World\")->upper()"),
    ("r", "'Hello World'.lower()", "S(\"Hello World\")->lower()"),
    ("r", "'straße ǆ'.upper()", "S(\"straße ǆ\")->upper()"),
    ("r", "'ΣΑΣ ΣΑΣ.'.lower()", "S(\"ΣΑΣ ΣΑΣ.\")->lower()"),
    ("r", "'İ'.lower()", "S(\"İ\")->lower()"),
    ("r", "\"they're bill's friends\".title()", "S(\"they're bill's friends\")->title()"),
    ("r", "'hELLO wORLD'.capitalize()", "S(\"hELLO wORLD\")->capitalize()"),
    ("r", "'Hello World'.swapcase()", "S(\"Hello World\")->swapcase()"),
    ("r", "['123'.isdigit(), '12a'.isdigit(), ''.isdigit(), '١٢'.isdigit(), '²'.isdigit()]",
     "repr_of(list<bool>::make({S(\"123\")->isdigit(), S(\"12a\")->isdigit(), S(\"\")->isdigit(), S(\"١٢\")->isdigit(), S(\"²\")->isdigit()}))"),
    ("r", "['abc'.isalpha(), 'aé'.isalpha(), 'a1'.isalpha(), 'a1'.isalnum(), ' \\t'.isspace(), ''.isspace()]",
     "repr_of(list<bool>::make({S(\"abc\")->isalpha(), S(\"aé\")->isalpha(), S(\"a1\")->isalpha(), S(\"a1\")->isalnum(), S(\" \\t\")->isspace(), S(\"\")->isspace()}))"),
    ("r", "['ABC'.isupper(), 'AbC'.isupper(), 'A1'.isupper(), '1'.isupper(), 'abc'.islower(), 'a_b'.isidentifier(), '1a'.isidentifier()]",
     "repr_of(list<bool>::make({S(\"ABC\")->isupper(), S(\"AbC\")->isupper(), S(\"A1\")->isupper(), S(\"1\")->isupper(), S(\"abc\")->islower(), S(\"a_b\")->isidentifier(), S(\"1a\")->isidentifier()}))"),
    ("r", "'ab'.center(7, '*')", "S(\"ab\")->center(7, S(\"*\"))"),
    ("r", "'ab'.center(6, '*')", "S(\"ab\")->center(6, S(\"*\"))"),
    ("r", "'abc'.center(6)", "S(\"abc\")->center(6)"),
    ("r", "'ab'.ljust(5, '-')", "S(\"ab\")->ljust(5, S(\"-\"))"),
    ("r", "'ab'.rjust(5)", "S(\"ab\")->rjust(5)"),
    ("r", "'ab'.rjust(5, 'xy')", "S(\"ab\")->rjust(5, S(\"xy\"))"),
    ("r", "'-42'.zfill(6)", "S(\"-42\")->zfill(6)"),
    ("r", "'42'.zfill(1)", "S(\"42\")->zfill(1)"),
    ("r", "'prefix_x'.removeprefix('prefix_')", "S(\"prefix_x\")->removeprefix(S(\"prefix_\"))"),
    ("r", "'x.py'.removesuffix('.py')", "S(\"x.py\")->removesuffix(S(\".py\"))"),
    # ---- str repr quoting ----
    ("s", "repr('abc')", "str_repr(S(\"abc\"))"),
    ("s", "repr(\"it's\")", "str_repr(S(\"it's\"))"),
    ("s", "repr('say \"hi\"')", "str_repr(S(\"say \\\"hi\\\"\"))"),
    ("s", "repr('both \\' and \"')", "str_repr(S(\"both ' and \\\"\"))"),
    ("s", "repr('tab\\tnl\\ncr\\rbs\\\\')", "str_repr(S(\"tab\\tnl\\ncr\\rbs\\\\\"))"),
    ("s", "repr('\\x00\\x1f\\x7f')", "str_repr(str::from_utf8(\"\\x00\\x1f\\x7f\", 3))"),
    ("s", "repr('é€😀')", "str_repr(S(\"é€😀\"))"),
    ("s", "repr('\\x80\\xa0\\xad\\u200b\\u2028\\ufeff\\U000e0001\\ud7ff')",
     "str_repr(S(\"\\u0080\\u00a0\\u00ad\\u200b\\u2028\\ufeff\\U000e0001\\ud7ff\"))"),
    # ---- list ----
    ("r", "[1, 2.5, 'a', [3], None, True]", "S(\"[1, 2.5, 'a', [3], None, True]\")"),
    ("r", "[[1, 2], [], [3]]", "repr_of(list<list<i64>*>::make({L({1, 2}), L({}), L({3})}))"),
    ("r", "[1.0, -0.0, 1e16, float('inf')]", "repr_of(list<double>::make({1.0, -0.0, 1e16, HUGE_VAL}))"),
    ("r", "[(1, 'a'), (2, 'b')]", "repr_of(list<tuple<i64, str*>>::make({{1, S(\"a\")}, {2, S(\"b\")}}))"),
    ("r", "[][0]", "repr_of(L({})->getitem(0))"),
    ("r", "[1, 2, 3][-3]", "repr_of(L({1, 2, 3})->getitem(-3))"),
    ("r", "[1, 2, 3][-4]", "repr_of(L({1, 2, 3})->getitem(-4))"),
    ("r", "[1, 2, 3][1:]", "repr_of(L({1, 2, 3})->slice(1, std::nullopt))"),
    ("r", "[1, 2, 3, 4, 5][::-2]", "repr_of(L({1, 2, 3, 4, 5})->slice(std::nullopt, std::nullopt, -2))"),
    ("r", "[1, 2, 3, 4, 5][-2:0:-1]", "repr_of(L({1, 2, 3, 4, 5})->slice(-2, 0, -1))"),
    ("r", "[1, 2, 3, 4, 5][10:]", "repr_of(L({1, 2, 3, 4, 5})->slice(10, std::nullopt))"),
    ("r", "[1, 2, 3, 4, 5][1:4:0]", "repr_of(L({1, 2, 3, 4, 5})->slice(1, 4, 0))"),
    ("r", "[1, 2] + [3]", "repr_of(L({1, 2})->concat(L({3})))"),
    ("r", "[1, 2] * 3", "repr_of(L({1, 2})->repeat(3))"),
    ("r", "[1, 2] * 0", "repr_of(L({1, 2})->repeat(0))"),
    ("r", "[3, 1, 2].index(2)", "repr_of(L({3, 1, 2})->index(i64(2)))"),
    ("r", "[3, 1, 2].index(7)", "repr_of(L({3, 1, 2})->index(i64(7)))"),
    ("r", "['a'].index('b')", "repr_of(list<str*>::make({S(\"a\")})->index(S(\"b\")))"),
    ("r", "[1, 2, 1, 1].count(1)", "repr_of(L({1, 2, 1, 1})->count(i64(1)))"),
    ("r", "2 in [1, 2]", "repr_of(L({1, 2})->contains(i64(2)))"),
    ("r", "2.0 in [1, 2]", "repr_of(L({1, 2})->contains(2.0))"),
    ("r", "'b' in ['a', 'b']", "repr_of(list<str*>::make({S(\"a\"), S(\"b\")})->contains(S(\"b\")))"),
    ("r", "[].pop()", "repr_of(L({})->pop())"),
    ("r", "[1].pop(5)", "repr_of(L({1})->pop(5))"),
    ("r", "[1, 2, 3].pop(0)", "repr_of(L({1, 2, 3})->pop(0))"),
    ("r", "min([])", "repr_of(min_of(L({})))"),
    ("r", "max([])", "repr_of(max_of(L({})))"),
    ("r", "min([3, 1, 2])", "repr_of(min_of(L({3, 1, 2})))"),
    ("r", "max(['b', 'c', 'a'])", "repr_of(max_of(list<str*>::make({S(\"b\"), S(\"c\"), S(\"a\")})))"),
    ("r", "min(3, 1.0, 1)", "repr_of(py_min(3.0, 1.0, 1.0))"),
    ("r", "max(0.0, -0.0)", "repr_of(py_max(0.0, -0.0))"),
    ("r", "min(0.0, -0.0)", "repr_of(py_min(0.0, -0.0))"),
    ("r", "sum([1, 2, 3])", "repr_of(sum_of(L({1, 2, 3})))"),
    ("r", "sum([0.1] * 10)", "repr_of(sum_of(list<double>::filled(10, 0.1)))"),
    ("r", "sorted([3, 1, 2], reverse=True)", "repr_of(sorted(L({3, 1, 2}), true))"),
    ("r", "sorted(['b', 'A', 'a', 'B'])", "repr_of(sorted(list<str*>::make({S(\"b\"), S(\"A\"), S(\"a\"), S(\"B\")})))"),
    ("r", "sorted([(2, 'b'), (1, 'z'), (2, 'a')])", "repr_of(sorted(list<tuple<i64, str*>>::make({{2, S(\"b\")}, {1, S(\"z\")}, {2, S(\"a\")}})))"),
    ("r", "sorted([1, 2, 3, 4, 5, 6], key=lambda x: x % 3)", "repr_of(sorted_by(L({1, 2, 3, 4, 5, 6}), [](i64 x) { return int_mod(x, 3); }))"),
    ("r", "sorted([1, 2, 3, 4, 5, 6], key=lambda x: x % 3, reverse=True)", "repr_of(sorted_by(L({1, 2, 3, 4, 5, 6}), [](i64 x) { return int_mod(x, 3); }, true))"),
    ("r", "sorted([0.0, -0.0, 0.0, -0.0], reverse=True)", "repr_of(sorted(list<double>::make({0.0, -0.0, 0.0, -0.0}), true))"),
    ("r", "list(range(10, 0, -3))", "repr_of(list<i64>::from(range(10, 0, -3)))"),
    ("r", "list(range(0))", "repr_of(list<i64>::from(range(0)))"),
    ("r", "range(1, 2, 0)", "repr_of(list<i64>::from(range(1, 2, 0)))"),
    ("r", "len(range(-5, 5, 3))", "repr_of(range(-5, 5, 3).len())"),
    # ---- exceptions ----
    # ---- dict ----
    ("r", "{'a': 1, 'b': 2}", "repr_of(dict<str*, i64>::make({{S(\"a\"), 1}, {S(\"b\"), 2}}))"),
    ("r", "{}", "repr_of(dict<str*, i64>::make_empty())"),
    ("r", "{1: [1.5], 2: []}", "repr_of(dict<i64, list<double>*>::make({{1, list<double>::make({1.5})}, {2, list<double>::make_empty()}}))"),
    ("r", "{(1, 'x'): None}", "repr_of(dict<tuple<i64, str*>, str*>::make({{{1, S(\"x\")}, nullptr}}))"),
    ("r", "{1.0: 'a', 2.0: 'b', 1.0: 'c'}", "repr_of(dict<double, str*>::make({{1.0, S(\"a\")}, {2.0, S(\"b\")}, {1.0, S(\"c\")}}))"),
    ("r", "{1.0: 'a'}[1]", "repr_of(dict<double, str*>::make({{1.0, S(\"a\")}})->getitem(1.0))"),
    ("r", "{}['k']", "repr_of(dict<str*, i64>::make_empty()->getitem(S(\"k\")))"),
    ("r", "{}[(1, 'a')]", "repr_of(dict<tuple<i64, str*>, i64>::make_empty()->getitem({1, S(\"a\")}))"),
    ("r", "{}.popitem()", "repr_of(dict<i64, i64>::make_empty()->popitem())"),
    ("r", "{1: 2} == {1: 2.0}", "repr_of(py_eq(dict<i64, i64>::make({{1, 2}}), dict<i64, double>::make({{1, 2.0}})))"),
    ("r", "{1: 2} == {1: 3}", "repr_of(py_eq(dict<i64, i64>::make({{1, 2}}), dict<i64, i64>::make({{1, 3}})))"),
    ("r", "{1: 2} < {1: 3}", "repr_of(py_lt(dict<i64, i64>::make({{1, 2}}), dict<i64, i64>::make({{1, 3}})))"),
    ("r", "dict_ops()", "dict_ops()"),
    ("r", "dict_big()", "dict_big()"),
    # ---- set ----
    ("r", "{5, 3, 100, 8, 1000, -1, 7, 64, 16}", "repr_of(set<i64>::make_const({5, 3, 100, 8, 1000, -1, 7, 64, 16}))"),
    ("r", "{2**40, -2**62, 2**61 - 1, 2**61, 7, -1}", "repr_of(set<i64>::make_const({i64(1) << 40, -(i64(1) << 62), (i64(1) << 61) - 1, i64(1) << 61, 7, -1}))"),
    ("r", "(lambda a, b: {a, b, 2**61, 7, -1})(2**40, -2**62)", "repr_of(set<i64>::make({i64(1) << 40, -(i64(1) << 62), i64(1) << 61, 7, -1}))"),
    ("r", "{1, 9}", "repr_of(set<i64>::make_const({1, 9}))"),
    ("r", "set()", "repr_of(set<i64>::make_empty())"),
    ("r", "set(range(0, 300, 11))", "repr_of(set<i64>::from(range(0, 300, 11)))"),
    ("r", "{1, 2} == {2, 1}", "repr_of(py_eq(set<i64>::make({1, 2}), set<i64>::make({2, 1})))"),
    ("r", "[{1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 3} > {1}, {3} >= {1}]",
     "repr_of(list<bool>::make({py_lt(set<i64>::make({1}), set<i64>::make({1, 2})), py_le(set<i64>::make({1, 2}), set<i64>::make({1, 2})), py_lt(set<i64>::make({1, 2}), set<i64>::make({1, 2})), py_gt(set<i64>::make({1, 3}), set<i64>::make({1})), py_ge(set<i64>::make({3}), set<i64>::make({1}))}))"),
    ("r", "{1}.remove(2)", "[] { set<i64>::make({1})->remove(2); return S(\"\"); }()"),
    ("r", "set().pop()", "repr_of(set<i64>::make_empty()->pop())"),
    ("r", "set_ops()", "set_ops()"),
    ("r", "set_random(1)", "set_random(1)"),
    ("r", "set_random(2)", "set_random(2)"),
    ("r", "set_random(77)", "set_random(77)"),
    ("r", "set_mutation()", "set_mutation()"),
    ("r", "set_floats_tuples()", "set_floats_tuples()"),
    # ---- exceptions ----
    ("r", "ValueError('bad')", "ValueError_(S(\"bad\"))->repr_()"),
    ("r", "ValueError()", "gc_new<ValueError>()->repr_()"),
    ("r", "KeyError('k')", "KeyError_(S(\"'k'\"))->repr_()"),
    ("s", "str(KeyError('k'))", "KeyError_(S(\"'k'\"))->str_()"),
    ("s", "str(KeyError())", "gc_new<KeyError>()->str_()"),
    ("s", "str(ValueError())", "gc_new<ValueError>()->str_()"),
]

# Python originals of the helper functions mirrored in runtime_test.cpp.
PRELUDE = """
def set_ops():
    a = set(range(0, 200, 7)); b = {x * x for x in range(-20, 20)}
    out = []
    for s in (a | b, a & b, a - b, b - a, a ^ b, b ^ a, b & a):
        out.append(list(s))
    return out

def set_mutation():
    s = {10, 20, 30}
    for i in range(100):
        s.add(i * 37 % 101 - 50)
    for i in range(0, 100, 3):
        s.discard(i - 50)
    s.remove(20)
    popped = [s.pop(), s.pop(), s.pop()]
    return [list(s), popped, len(s)]

def set_floats_tuples():
    return [list({1.5, -2.0, 2.0, 1e10, 0.1, 3.0, -0.0}), list({(1, 2), (3, 4), (0, 0), (-1, 5), (2, 1)}),
            list({2**40, -2**62, 2**61 - 1, 2**61, 7, -1}), list(set([2**40, -2**62, 2**61 - 1, 2**61, 7, -1]))]

def set_random(seed):
    x = seed
    s = set()
    for i in range(400):
        x = (x * 1103515245 + 12345) % 2**31
        v = x % 1000 - 500
        if x % 3 == 0:
            s.discard(v)
        else:
            s.add(v * (x % 7) * 1000003)
    t = s.copy()
    for v in list(s)[::2]:
        t.discard(v)
    return [list(s), list(t), list(s - t), list(t | {1, 2, 3})]

def dict_ops():
    d = {}
    for i in range(50):
        d[i * 7 % 13] = i
    for k in [0, 3, 5]:
        del d[k]
    d[3] = 99
    d.setdefault(100, 1)
    d.setdefault(3, 2)
    items = list(d.items())
    return [items, d.pop(100), d.pop(12345, -1), d.get(1, -5), d.get(-1, -5), d.popitem(), len(d), 5 in d, 3 in d]

def dict_big():
    d = {}
    for i in range(10000):
        d[str(i)] = i
    for i in range(0, 10000, 2):
        del d[str(i)]
    d['x'] = -1
    return [len(d), list(d.items())[:5], list(d.keys())[-3:], sum(d.values())]
"""
exec(PRELUDE)

def cstr(s):
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c in '"\\':
            out.append("\\" + c)
        elif 32 <= b < 127 and c != "?":
            out.append(c)
        else:
            out.append('\\x%02x""' % b)
    return '"' + "".join(out) + '"'


def cpp_lit(v):
    """A C++ expression for a Python constant (as the runtime test sees it)."""
    import struct as _st
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return "INT64_MIN" if v == -2**63 else f"i64({v}LL)"
    if isinstance(v, float):
        return f"from_bits(0x{_st.unpack('<Q', _st.pack('<d', v))[0]:016x}ULL)"
    if isinstance(v, str):
        return f"str::from_utf8({cstr(v)}, {len(v.encode())})"
    if v is None:
        return "None"
    if isinstance(v, list) and all(type(x) is int for x in v):
        return "L({" + ", ".join(str(x) for x in v) + "})"
    raise ValueError(v)


FORMAT_CASES = [(1234, '010,'), (1234, '08,'), (1234, '09,'), (-1234, '010,'), (1234, '0=10,'), (255, '#x'),
    (255, '#010x'), (255, '_b'), (2**20, '_x'), (255, ',x'), (5, '.2d'), (65, 'c'), (65, '#c'), (65, '+c'),
    (10**7, 'c'), (5, '<05'), ('a', '05'), ('a', '=5'), ('a', '+'), ('a', 'd'), (1.5, 'c'), (1, ',_'), (1, '__'),
    (1, '_,'), (1, ',,'), (1, 'abc'), (1, '.'), (1.0, '.3'), (1000.0, '.3'), (0.0001, '.3'), (12.0, '.2'),
    (1e16, '>10'), (1.0, ''), (-0.0, 'z.2f'), (-0.0001, 'z.2f'), (-0.0, 'z'), ('a', 'z'), (1, 'z'), ('a', '#'),
    (float('nan'), '+f'), (float('-inf'), '010f'), (1234.5, ',.2f'), (1234.5, '_.1e'), (0.5, '%'),
    (0.125, '.1%'), (3, '%'), (3, 'e'), (3, '.2f'), (12, 'n'), (1.5, 'n'), (1e20, 'g'), (1.0, '#g'),
    (1.0, '#.0f'), (1.0, '#'), (100, '#o'), (-5, 'x'), (-5, '#X'), (True, ''), (True, 'd'), (True, '>5'),
    (False, '^7'), (None, ''), (None, '>5'), ([1], ''), ([1], '>5'), (1.5, 's'), (123456789, '_'),
    (1.23456789e-7, ''), (2.5, '.0f'), (3.5, '.0f'), ('abc', '.2'), ('abc', '^7'), ('abc', '*^8'),
    ('h\xe9llo', '~>8'), ('\u20ac', '\u20ac^5'), (float('inf'), 'e'), (0.0, 'e'), (-1.5, ' '), (1.5, ' '),
    (42, ' d'), (42, '+d'), (-42, '=+8'), (1, '%x'), (1.5, '#.3g'), (0.00001, 'g'), (123456.0, 'g'),
    (1234567.0, 'g'), (12.0, '.2g'), (1.5, '10'), (1e-5, '.2'), (1, '-^+5'), (1, '11111111111111111111111'),
    (1.5, '.30f'), (1234567.891, ',.2f'), (1234567.891, '015,.2f'), (-1234567.891, '016_.1f'), (1e100, ',.0f'),
    (0.1, '.17g'), (2**63 - 1, ','), (-2**63, '_x'), (255, 'X'), (255, '08b'), (-255, '#010b'),
    (3.14159, '+08.3f'), (-3.14159, '^+12.2e'), (1e-10, 'G'), (float('nan'), 'F'), (1.5, 'E'), (42, 'q'),
    ('s', 's'), ('s', '>3s'), (1.0, 'f'), (-0.5, '.0f'), (0.5, '.0%'), (7, '.1e'), (1e300, 'f')]

PERCENT_CASES = [('%d', (5,)), ('%5d|%-5d|%05d', (1, 2, -3)), ('%+d % d', (4, 5)),
    ('%x %X %#x %#o %o', (255, 255, 255, 8, 8)), ('%.3d', (5,)), ('%d', (2.7,)), ('%d', ('a',)), ('%x', (2.5,)),
    ('%f', ('a',)), ('%s and %r', ('a', 'a')), ('%5.1f|%-8.3e|%g', (3.14159, 1234.5, 0.00001)), ('%c%c', (65, 'b')),
    ('%c', (-1,)), ('%c', ('ab',)), ('%%', ()), ('%', ()), ('%s %s', (1,)), ('%s', (1, 2)), ('%y', (1,)),
    ('%05f', (float('inf'),)), ('%f %F', (float('nan'), float('inf'))), ('%*d|%-*d', (5, 1, 4, 2)),
    ('%.*f', (2, 3.14159)), ('%s', ([1, 2],)), ('%r', (None,)), ('%10s|%-10s|%.2s', ('abc', 'abc', 'abc')),
    ('%ld %hd', (1, 2)), ('%i %u', (3, 4)), ('%+.2e', (12345.678,)), ('%#.0f %#g', (1.0, 1.0)), ('%s', (1.5,)),
    ('%d', (True,)), ('%s', (True,)), ('%(a)s', (1,)), ('%05s', ('ab',)), ('%-05d', (3,)), ('%+05d', (3,)),
    ('%.0f %.0f', (2.5, 3.5)), ('%e', (0.0,)), ('%g %g', (1e16, 123456789.0)), ('%a', ('\xe9',)),
    ('%c', (0x110000,)), ('%.2s', ('\xe9\u20acx',)), ('%5c', (65,)), ('\xe9%\xe9', (1,)), ('%s|%r', (-0.0, 1e16)),
    ('%3', (1,)), ('%.1f%%', (99.5,)), ('x=%d, y=%.2f, s=%s', (1, 2.0, 'z'))]

STRFORMAT_CASES = [('{}', (1,)), ('{} {}', (1, 'a')), ('{1} {0}', ('a', 'b')), ('{0} {}', (1, 2)),
    ('{} {0}', (1, 2)), ('{:>10}|{:<5}|{:^7}', ('r', 'l', 'c')), ('{:.2f}', (3.14159,)), ('{!r}', ('a',)),
    ('{!s:>5}', ('a',)), ('{!a}', ('\xe9',)), ('{!x}', (1,)), ('{{}} {}', (1,)), ('}', ()), ('{', ()), ('{0', (1,)),
    ('x}y', ()), ('{2}', (1,)), ('{}', ()), ('{name}', (1,)), ('{:{}}', ('a', 5)), ('{:>{}.{}f}', (3.14159, 10, 2)),
    ('{:,}', (1234567,)), ('{:d}', ('a',)), ('{}', ([1, 2],)), ('{}', (None,)), ('{:5}', (True,)),
    ('{0}{0}', ('ab',)), ('{!r:^9}', ('x',))]


def add_format_cases():
    for v, spec in FORMAT_CASES:
        CASES.append(("r", f"format({v!r}, {spec!r})", f"repr_of(format_of({cpp_lit(v)}, {cpp_lit(spec)}))"))
    for fmt, args in PERCENT_CASES:
        a = "".join(", " + cpp_lit(x) for x in args)
        CASES.append(("r", f"{fmt!r} % {args!r}", f"repr_of(str_percent({cpp_lit(fmt)}{a}))"))
    for fmt, args in STRFORMAT_CASES:
        a = "".join(", " + cpp_lit(x) for x in args)
        CASES.append(("r", f"{fmt!r}.format(*{args!r})", f"repr_of(str_format({cpp_lit(fmt)}{a}))"))


add_format_cases()

HEADER = """// Generated by gen_expr_cases.py from CPython {ver} -- do not edit.
// Each case: the Python expression, a C++ lambda computing it with the
// runtime, and CPython's expected text (value or "Type: message").
"""


print(HEADER.format(ver=sys.version.split()[0]))
print("static const ExprCase kExprCases[] = {")
for mode, py, cpp in CASES:
    try:
        v = eval(py, {"nan": float("nan"), "inf": float("inf"), **globals()})
        expected = repr(v) if mode == "r" else str(v)
        if mode == "r" and isinstance(v, str) and not cpp.startswith("repr_of("):
            cpp = f"repr_of({cpp})"  # the C++ expression yields the str itself
    except Exception as e:  # noqa: BLE001
        msg = str(e)
        expected = f"{type(e).__name__}: {msg}" if msg else type(e).__name__
    print(f"    {{{cstr(py)}, [] {{ return {cpp}; }}, {cstr(expected)}}},")
print("};")
