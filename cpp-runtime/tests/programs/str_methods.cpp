// Mirrors str_methods.py: str methods on pseudo-random ASCII and non-ASCII text.
#include <krait/runtime.h>
using namespace krait;
using namespace krait::literals;

static i64 state = 12345;

static i64 rnd(i64 n) {
    state = int_mod(state * 1103515245 + 12345, 2147483648LL);
    return int_mod(state >> 8, n);
}

static str* make(list<str*>* alpha, i64 n) {
    list<str*>* parts = list<str*>::make_empty();
    for (i64 i = 0; i < n; ++i) parts->append(alpha->getitem(rnd(alpha->len())));
    return ""_s->join(parts);
}

static void module_body() {
    list<str*>* ALPHABET = list<str*>::make({"a"_s, "b"_s, "c"_s, "A"_s, "Z"_s, " "_s, " "_s, "  "_s, "\t"_s, "\n"_s, ","_s,
                                             "."_s, "ab"_s, "é"_s, "ß"_s, "日"_s, "😀"_s, "x"_s, "\u2003"_s, "İ"_s,
                                             "ς"_s, "σ"_s});
    list<str*>* ASCII = list<str*>::make({"a"_s, "b"_s, "c"_s, "A"_s, "Z"_s, " "_s, " "_s, "  "_s, "\t"_s, "\n"_s, ","_s,
                                          "."_s, "ab"_s, "x"_s, "The"_s, "the"_s, "|"_s});
    list<str*>* SEPS = list<str*>::make({" "_s, ","_s, "ab"_s, "é"_s, "  "_s, "\n"_s});
    auto* total = dict<str*, i64>::make_empty();
    for (i64 round = 0; round < 300; ++round) {
        list<str*>* alpha = round % 2 == 0 ? ASCII : ALPHABET;
        str* s = make(alpha, rnd(60));
        str* t = make(alpha, rnd(8));
        str* sep = SEPS->getitem(rnd(SEPS->len()));
        print_line(str_repr(s), s->len(), s->split(), s->split(nullptr, 2), s->rsplit(nullptr, 1));
        print_line(s->split(sep), s->split(sep, 1), s->rsplit(sep, 2), sep->join(s->split()));
        print_line(str_repr(s->strip()), str_repr(s->lstrip()), str_repr(s->rstrip()), str_repr(s->strip(" ab"_s)),
                   str_repr(s->strip("é."_s)));
        print_line(str_repr(s->lower()), str_repr(s->upper()), str_repr(s->swapcase()));
        if (alpha == ASCII) print_line(str_repr(s->title()), str_repr(s->capitalize()));
        print_line(str_repr(s->replace(sep, t)), str_repr(s->replace(" "_s, ""_s)), str_repr(s->replace("a"_s, "é"_s, 2)),
                   str_repr(s->replace(""_s, "-"_s, 3)));
        print_line(s->find(sep), s->rfind(sep), s->count(sep), s->count("a"_s), s->find(t), s->count(""_s),
                   str_contains(s, sep), str_contains(s, t));
        print_line(str_repr(s->slice(1, std::nullopt)), str_repr(s->slice(std::nullopt, 1)), str_repr(s->slice(2, -3)),
                   str_repr(s->slice(std::nullopt, std::nullopt, 2)), str_repr(s->slice(std::nullopt, std::nullopt, -1)),
                   str_repr(s->slice(-5, std::nullopt)));
        str* u = str_concat(s, t);
        str* v = str_concat(str_concat(str_concat(u, s), s), s);
        str* w = str_concat(v, t);
        print_line(str_repr(u), str_repr(v), str_repr(w), w->len(), str_repr(str_repeat(t, 3)), py_lt(s, t), py_eq(s, t),
                   py_eq(u, str_concat(s, t)));
        list<str*>* titled = list<str*>::make_empty();
        for (str* x : *s->split(" "_s)) titled->append(str_concat(x->slice(std::nullopt, 1)->upper(), x->slice(1, std::nullopt)));
        print_line(str_repr(" "_s->join(titled)), s->splitlines(), s->isalpha(), s->isspace());
        for (str* word : *s->split()) total->setitem(word, total->get(word, 0) + 1);
        str* acc = ""_s;
        for (i64 k = 0, n = rnd(50); k < n; ++k) acc = str_concat(str_concat(acc, t), str_of(k));
        if (t->len()) print_line(acc->len(), str_repr(acc->slice(-20, std::nullopt)), acc->count(t));
        else print_line(acc->len(), str_repr(acc->slice(-20, std::nullopt)), i64(0));
    }
    print_line(total->len(), sorted(total->items(), false)->slice(std::nullopt, 40));
}

int main(int argc, char** argv) { return run_main(argc, argv, "str_methods.py", module_body); }
