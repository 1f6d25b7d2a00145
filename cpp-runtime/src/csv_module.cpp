// csv_module.cpp -- the csv module (see csv_module.h).
#include "krait/csv_module.h"

#include "krait/exceptions.h"
#include "krait/print.h"
#include "krait/sys_module.h"
#include "unicode.h"

namespace krait::csv {

namespace {

[[noreturn]] void raise_csv_error(const std::string& msg) { throw gc_new<Error>(str::from_utf8(msg)); }

std::u32string decode(str* s) { return unicode::decode_all(s->data(), std::size_t(s->nbytes())); }

str* encode(const std::u32string& s) { return str::from_utf8(unicode::encode_all(s)); }

std::string one_char(char32_t c) {
    std::string out;
    unicode::encode(out, c);
    return out;
}

// a 1-character dialect parameter; `none_ok` parameters accept None (nullptr) as "not set"
char32_t char_param(str* s, const char* name, char32_t dflt) {
    if (s == nullptr) return dflt;
    if (s->len() != 1) throw gc_new<TypeError>(("\"" + std::string(name) + "\" must be a 1-character string").c_str());
    return s->code_point_at(0);
}

constexpr i64 FIELD_LIMIT = 128 * 1024;

}  // namespace

void detail::raise_not_iterable(const char* type_name) {
    raise_csv_error("iterable expected, not " + std::string(type_name));
}

Dialect make_dialect(str* delimiter, str* quotechar, str* escapechar, bool doublequote, bool skipinitialspace,
                     str* lineterminator, i64 quoting, bool strict) {
    Dialect d;
    d.delimiter = char_param(delimiter, "delimiter", ',');
    d.quotechar = char_param(quotechar, "quotechar", '"');
    d.escapechar = char_param(escapechar, "escapechar", 0);
    d.doublequote = doublequote;
    d.skipinitialspace = skipinitialspace;
    if (lineterminator) d.lineterminator = decode(lineterminator);
    if (quoting < QUOTE_MINIMAL || quoting > QUOTE_NONE) raise_type_error("bad \"quoting\" value");
    d.quoting = quoting;
    d.strict = strict;
    if (d.delimiter == ' ' && d.skipinitialspace) {
        // CPython accepts it; nothing to check
    }
    return d;
}

// ---- reader ----

void Reader::add_char(char32_t c) {
    if (i64(field_.size()) >= FIELD_LIMIT) raise_csv_error("field larger than field limit (131072)");
    field_.push_back(c);
}

void Reader::save_field() {
    fields_->append(encode(field_));
    field_.clear();
}

void Reader::process(char32_t c, bool eol) {
    const Dialect& d = dialect_;
    auto is_crnl = [&](char32_t x) { return !eol && (x == '\n' || x == '\r'); };
    switch (state_) {
    case START_RECORD:
        if (eol) return;  // an empty line gives []
        if (is_crnl(c)) {
            state_ = EAT_CRNL;
            return;
        }
        state_ = START_FIELD;
        [[fallthrough]];
    case START_FIELD:
        if (is_crnl(c) || eol) {
            save_field();
            state_ = eol ? START_RECORD : EAT_CRNL;
        } else if (c == d.quotechar && d.quotechar != 0 && d.quoting != QUOTE_NONE) {
            state_ = IN_QUOTED_FIELD;
        } else if (c == d.escapechar && d.escapechar != 0) {
            state_ = ESCAPED_CHAR;
        } else if (c == ' ' && d.skipinitialspace) {
        } else if (c == d.delimiter) {
            save_field();
        } else {
            add_char(c);
            state_ = IN_FIELD;
        }
        return;
    case ESCAPED_CHAR:
        if (is_crnl(c)) {
            add_char(c);
            state_ = AFTER_ESCAPED_CRNL;
            return;
        }
        if (eol) c = '\n';
        add_char(c);
        state_ = IN_FIELD;
        return;
    case AFTER_ESCAPED_CRNL:
        if (eol) return;
        [[fallthrough]];
    case IN_FIELD:
        if (is_crnl(c) || eol) {
            save_field();
            state_ = eol ? START_RECORD : EAT_CRNL;
        } else if (c == d.escapechar && d.escapechar != 0) {
            state_ = ESCAPED_CHAR;
        } else if (c == d.delimiter) {
            save_field();
            state_ = START_FIELD;
        } else {
            add_char(c);
        }
        return;
    case IN_QUOTED_FIELD:
        if (eol) {
        } else if (c == d.escapechar && d.escapechar != 0) {
            state_ = ESCAPE_IN_QUOTED_FIELD;
        } else if (c == d.quotechar && d.quotechar != 0 && d.quoting != QUOTE_NONE) {
            state_ = d.doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
        } else {
            add_char(c);
        }
        return;
    case ESCAPE_IN_QUOTED_FIELD:
        if (eol) c = '\n';
        add_char(c);
        state_ = IN_QUOTED_FIELD;
        return;
    case QUOTE_IN_QUOTED_FIELD:
        if (!eol && d.quoting != QUOTE_NONE && c == d.quotechar) {
            add_char(c);
            state_ = IN_QUOTED_FIELD;
        } else if (!eol && c == d.delimiter) {
            save_field();
            state_ = START_FIELD;
        } else if (is_crnl(c) || eol) {
            save_field();
            state_ = eol ? START_RECORD : EAT_CRNL;
        } else if (!d.strict) {
            add_char(c);
            state_ = IN_FIELD;
        } else {
            raise_csv_error("'" + one_char(d.delimiter) + "' expected after '" + one_char(d.quotechar) + "'");
        }
        return;
    case EAT_CRNL:
        if (is_crnl(c)) {
        } else if (eol) {
            state_ = START_RECORD;
        } else {
            raise_csv_error(
                "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
        }
        return;
    }
}

bool Reader::next(list<str*>*& out) {
    if (dialect_.quoting == QUOTE_NONNUMERIC)
        throw gc_new<NotImplementedError>("csv.reader with quoting=csv.QUOTE_NONNUMERIC is not supported by Krait");
    fields_ = list<str*>::make_empty();
    field_.clear();
    state_ = START_RECORD;
    do {
        str* line = nullptr;
        if (!src_->next(line)) {
            if (!field_.empty() || state_ == IN_QUOTED_FIELD) {
                if (dialect_.strict) raise_csv_error("unexpected end of data");
                save_field();
                break;
            }
            return false;
        }
        ++line_num_;
        const char* p = line->data();
        const char* e = p + line->nbytes();
        while (p < e) {
            int n = 0;
            char32_t c = unicode::decode(p, n);
            p += n;
            if (c == 0) raise_csv_error("line contains NUL");
            process(c, false);
        }
        process(0, true);
    } while (state_ != START_RECORD);
    out = fields_;
    fields_ = nullptr;
    return true;
}

// ---- writer ----

writer* writer::make_stdout(NoneType, str* delimiter, str* quotechar, str* escapechar, bool doublequote,
                            bool skipinitialspace, str* lineterminator, i64 quoting, bool strict) {
    return make_sink([](str* s) { return stdout_write(s); },
                     make_dialect(delimiter, quotechar, escapechar, doublequote, skipinitialspace, lineterminator,
                                  quoting, strict));
}

writer* writer::make_stderr(NoneType, str* delimiter, str* quotechar, str* escapechar, bool doublequote,
                            bool skipinitialspace, str* lineterminator, i64 quoting, bool strict) {
    return make_sink([](str* s) { return sys::stderr_write(s); },
                     make_dialect(delimiter, quotechar, escapechar, doublequote, skipinitialspace, lineterminator,
                                  quoting, strict));
}

void writer::begin_row() {
    rec_.clear();
    num_fields_ = 0;
}

void writer::append_field(str* field, bool quoted) {
    const Dialect& d = dialect_;
    std::u32string body;
    if (field) {
        for (char32_t c : decode(field)) {
            bool want_escape = false;
            if ((c == d.delimiter) || (d.escapechar != 0 && c == d.escapechar) ||
                (d.quotechar != 0 && c == d.quotechar) || d.lineterminator.find(c) != std::u32string::npos) {
                if (d.quoting == QUOTE_NONE) {
                    want_escape = true;
                } else {
                    if (d.quotechar != 0 && c == d.quotechar) {
                        if (d.doublequote)
                            body.push_back(d.quotechar);
                        else
                            want_escape = true;
                    } else if (d.escapechar != 0 && c == d.escapechar) {
                        want_escape = true;
                    }
                    if (!want_escape) quoted = true;
                }
                if (want_escape) {
                    if (d.escapechar == 0) raise_csv_error("need to escape, but no escapechar set");
                    body.push_back(d.escapechar);
                }
            }
            body.push_back(c);
        }
    }
    if (quoted && d.quotechar == 0) raise_csv_error("quotechar must be set if quoting enabled");
    if (num_fields_ > 0) rec_.push_back(d.delimiter);
    if (quoted) rec_.push_back(d.quotechar);
    rec_ += body;
    if (quoted) rec_.push_back(d.quotechar);
    ++num_fields_;
}

i64 writer::end_row() {
    if (num_fields_ > 0 && rec_.empty()) {
        if (dialect_.quoting == QUOTE_NONE) raise_csv_error("single empty field record must be quoted");
        --num_fields_;
        append_field(nullptr, true);
    }
    rec_ += dialect_.lineterminator;
    return sink_(encode(rec_));
}

list<str*>* DictReaderObj::fieldnames() {
    if (fieldnames_ == nullptr) {
        list<str*>* first = nullptr;
        if (reader_->next(first)) fieldnames_ = first;
    }
    return fieldnames_;
}

bool DictReaderObj::next(dict<str*, str*>*& out) {
    if (fieldnames() == nullptr) return false;  // the first record names the fields unless given
    list<str*>* row = nullptr;
    do {
        if (!reader_->next(row)) return false;
    } while (row->len() == 0);
    i64 nf = fieldnames_->len();
    i64 nr = row->len();
    if (nr > nf) {
        throw gc_new<NotImplementedError>(
            "csv.DictReader of a record with more fields than fieldnames (restkey) is not supported by Krait");
    }
    auto* d = dict<str*, str*>::make_empty();
    for (i64 i = 0; i < nf; ++i) d->setitem(fieldnames_->at(i), i < nr ? row->at(i) : restval_);
    out = d;
    return true;
}

DictWriter* DictWriter::make_for(writer* w, list<str*>* fieldnames, str* restval, str* extrasaction) {
    std::string action(extrasaction->view());
    std::string lower;
    for (char c : action) lower += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (lower != "raise" && lower != "ignore") {
        throw gc_new<ValueError>(str::from_utf8("extrasaction (" + action + ") must be 'raise' or 'ignore'"));
    }
    auto* d = gc_new<DictWriter>();
    d->writer_ = w;
    d->fieldnames_ = fieldnames;
    d->restval_ = restval;
    d->raise_extras_ = action == "raise";  // as CPython: 'RAISE' is accepted but ignores extra keys
    return d;
}

void DictWriter::check_extras(list<str*>* keys) {
    std::string wrong;
    for (str* k : *keys) {
        bool known = false;
        for (str* f : *fieldnames_) known = known || str_eq(k, f);
        if (known) continue;
        if (!wrong.empty()) wrong += ", ";
        str* r = str_repr(k);
        wrong.append(r->data(), std::size_t(r->nbytes()));
    }
    if (!wrong.empty()) throw gc_new<ValueError>(str::from_utf8("dict contains fields not in fieldnames: " + wrong));
}

}  // namespace krait::csv
