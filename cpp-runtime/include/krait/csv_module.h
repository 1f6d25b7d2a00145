// csv_module.h -- Python's csv module: reader and writer with the excel dialect's defaults and
// the format parameters as keywords, re-implementing the state machine of CPython's
// Modules/_csv.c (parse_process_char, join_append_data).
#pragma once

#include <functional>
#include <string>
#include <type_traits>

#include "krait/exceptions.h"
#include "krait/io_module.h"
#include "krait/dict.h"
#include "krait/itertools_module.h"
#include "krait/list.h"
#include "krait/ops.h"
#include "krait/str.h"

namespace krait::csv {

/// csv.Error: defined in _csv, so an uncaught one prints "_csv.Error: ...".
struct Error : Exception {
    using Exception::Exception;
    const char* class_name() const override { return "Error"; }
    const char* module_name() const override { return "_csv"; }
};

namespace detail {
template <class R, class = void>
struct iterable : std::false_type {};
template <class R>
struct iterable<R, std::void_t<decltype(std::declval<std::remove_pointer_t<R>&>().begin())>> : std::true_type {};
[[noreturn]] void raise_not_iterable(const char* type_name);
}  // namespace detail

constexpr i64 QUOTE_MINIMAL = 0;
constexpr i64 QUOTE_ALL = 1;
constexpr i64 QUOTE_NONNUMERIC = 2;
constexpr i64 QUOTE_NONE = 3;

/// A dialect's parameters; code points, with 0 for "not set" (quotechar None, no escapechar).
struct Dialect {
    char32_t delimiter = ',';
    char32_t quotechar = '"';
    char32_t escapechar = 0;
    bool doublequote = true;
    bool skipinitialspace = false;
    std::u32string lineterminator = U"\r\n";
    i64 quoting = QUOTE_MINIMAL;
    bool strict = false;
};

/// Validates the keyword arguments as CPython's dialect constructor does (TypeError/ValueError).
Dialect make_dialect(str* delimiter, str* quotechar, str* escapechar, bool doublequote, bool skipinitialspace,
                     str* lineterminator, i64 quoting, bool strict);

/// csv.reader(iterable of lines): yields each record as a list of str.
class Reader final : public itertools::iter<list<str*>*> {
public:
    template <class C>
    static Reader* make(const C& lines, str* delimiter, str* quotechar, str* escapechar, bool doublequote,
                        bool skipinitialspace, str* lineterminator, i64 quoting, bool strict) {
        auto* r = gc_new<Reader>();
        r->dialect_ = make_dialect(delimiter, quotechar, escapechar, doublequote, skipinitialspace,
                                   lineterminator, quoting, strict);
        r->src_ = itertools::detail::source_of<str*>(lines);
        r->name_ = "reader";
        return r;
    }
    const char* module_name() const override { return "_csv"; }
    using itertools::iter<list<str*>*>::next;
    bool next(list<str*>*& out) override;
    i64 line_num() const { return line_num_; }

private:
    enum State {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    };
    void process(char32_t c, bool eol);
    void save_field();
    void add_char(char32_t c);

    Dialect dialect_;
    itertools::iter<str*>* src_ = nullptr;
    i64 line_num_ = 0;
    State state_ = START_RECORD;
    std::u32string field_;
    bool field_started_ = false;
    list<str*>* fields_ = nullptr;
};

/// The model class is generic over what it yields (always list[str]), which names it reader<E>.
template <class E>
using reader = Reader;

/// csv.writer(f): formats rows and writes each one, with its line terminator, to f.
class writer final : public Object {
public:
    using Sink = std::function<i64(str*)>;
    static writer* make_sink(Sink sink, const Dialect& d) {
        auto* w = gc_new<writer>();
        w->sink_ = std::move(sink);
        w->dialect_ = d;
        return w;
    }
    template <class F>
    static writer* make(F* file, str* delimiter, str* quotechar, str* escapechar, bool doublequote,
                        bool skipinitialspace, str* lineterminator, i64 quoting, bool strict) {
        return make_sink([file](str* s) { return file->write(s); },
                         make_dialect(delimiter, quotechar, escapechar, doublequote, skipinitialspace,
                                      lineterminator, quoting, strict));
    }
    static writer* make_stdout(NoneType, str* delimiter, str* quotechar, str* escapechar, bool doublequote,
                               bool skipinitialspace, str* lineterminator, i64 quoting, bool strict);
    static writer* make_stderr(NoneType, str* delimiter, str* quotechar, str* escapechar, bool doublequote,
                               bool skipinitialspace, str* lineterminator, i64 quoting, bool strict);
    const char* class_name() const override { return "writer"; }
    const char* module_name() const override { return "_csv"; }

    template <class R>
    i64 writerow(const R& row) {
        begin_row();
        if constexpr (itertools::detail::is_std_tuple<R>::value) {
            std::apply([this](const auto&... x) { (add(x), ...); }, row);
        } else if constexpr (!detail::iterable<R>::value) {
            detail::raise_not_iterable(py_type_name<R>());
        } else {
            for (const auto& x : iterable_ref(row)) add(x);
        }
        return end_row();
    }
    template <class Rs>
    void writerows(const Rs& rows) {
        for (const auto& r : iterable_ref(rows)) writerow(r);
    }

private:
    template <class T>
    void add(const T& v) {
        using D = std::decay_t<T>;
        bool number = is_py_int_v<D> || is_py_float_v<D> || std::is_same_v<D, bool>;
        bool quoted = dialect_.quoting == QUOTE_ALL || (dialect_.quoting == QUOTE_NONNUMERIC && !number);
        if constexpr (std::is_same_v<D, NoneType>) {
            append_field(nullptr, quoted);
        } else if constexpr (std::is_pointer_v<D>) {
            if (v == nullptr) {
                append_field(nullptr, quoted);
                return;
            }
            append_field(str_of(v), quoted);
        } else {
            append_field(str_of(v), quoted);
        }
    }
    void begin_row();
    void append_field(str* field, bool quoted);
    i64 end_row();

    Sink sink_;
    Dialect dialect_;
    std::u32string rec_;
    i64 num_fields_ = 0;
    friend class DictWriter;
};

/// csv.DictReader: each record as a dict from the field names (the first record unless given) to
/// its fields; a short record's missing fields are restval (None by default), empty records are
/// skipped, as in CPython's Lib/csv.py. A record longer than the field names (restkey) raises.
class DictReaderObj final : public itertools::iter<dict<str*, str*>*> {
public:
    template <class C>
    static DictReaderObj* make(const C& lines, list<str*>* fieldnames, str* restval, str* delimiter, str* quotechar,
                            str* escapechar, bool doublequote, bool skipinitialspace, str* lineterminator,
                            i64 quoting, bool strict) {
        auto* r = gc_new<DictReaderObj>();
        r->reader_ = Reader::make(lines, delimiter, quotechar, escapechar, doublequote, skipinitialspace,
                                  lineterminator, quoting, strict);
        r->fieldnames_ = fieldnames;
        r->restval_ = restval;
        r->name_ = "DictReader";
        return r;
    }
    const char* module_name() const override { return "csv"; }
    using itertools::iter<dict<str*, str*>*>::next;
    bool next(dict<str*, str*>*& out) override;
    /// The field names, read from the first record when they were not given (None at the end of an empty file).
    list<str*>* fieldnames();
    i64 line_num() const { return reader_->line_num(); }

private:
    Reader* reader_ = nullptr;
    list<str*>* fieldnames_ = nullptr;
    str* restval_ = nullptr;
};

/// The model class is generic over what it yields (always dict[str, str]).
template <class E>
using DictReader = DictReaderObj;

/// csv.DictWriter: writes dicts as records in the order of fieldnames; a missing key writes
/// restval, a key not in fieldnames raises ValueError unless extrasaction is 'ignore'.
class DictWriter final : public Object {
public:
    template <class F>
    static DictWriter* make(F* file, list<str*>* fieldnames, str* restval, str* extrasaction, str* delimiter,
                            str* quotechar, str* escapechar, bool doublequote, bool skipinitialspace,
                            str* lineterminator, i64 quoting, bool strict) {
        return make_for(writer::make(file, delimiter, quotechar, escapechar, doublequote, skipinitialspace,
                                     lineterminator, quoting, strict),
                        fieldnames, restval, extrasaction);
    }
    static DictWriter* make_stdout(NoneType, list<str*>* fieldnames, str* restval, str* extrasaction,
                                   str* delimiter, str* quotechar, str* escapechar, bool doublequote,
                                   bool skipinitialspace, str* lineterminator, i64 quoting, bool strict) {
        return make_for(writer::make_stdout(None, delimiter, quotechar, escapechar, doublequote, skipinitialspace,
                                            lineterminator, quoting, strict),
                        fieldnames, restval, extrasaction);
    }
    static DictWriter* make_stderr(NoneType, list<str*>* fieldnames, str* restval, str* extrasaction,
                                   str* delimiter, str* quotechar, str* escapechar, bool doublequote,
                                   bool skipinitialspace, str* lineterminator, i64 quoting, bool strict) {
        return make_for(writer::make_stderr(None, delimiter, quotechar, escapechar, doublequote, skipinitialspace,
                                            lineterminator, quoting, strict),
                        fieldnames, restval, extrasaction);
    }
    /// restval given as an int: written as a number (unquoted with QUOTE_NONNUMERIC).
    template <class F>
    static DictWriter* make_num(F* file, list<str*>* fieldnames, i64 restval, str* extrasaction, str* delimiter,
                                str* quotechar, str* escapechar, bool doublequote, bool skipinitialspace,
                                str* lineterminator, i64 quoting, bool strict) {
        return numeric(make(file, fieldnames, str_of(restval), extrasaction, delimiter, quotechar, escapechar,
                            doublequote, skipinitialspace, lineterminator, quoting, strict), restval);
    }
    static DictWriter* make_num_stdout(NoneType, list<str*>* fieldnames, i64 restval, str* extrasaction,
                                       str* delimiter, str* quotechar, str* escapechar, bool doublequote,
                                       bool skipinitialspace, str* lineterminator, i64 quoting, bool strict) {
        return numeric(make_stdout(None, fieldnames, str_of(restval), extrasaction, delimiter, quotechar, escapechar,
                                   doublequote, skipinitialspace, lineterminator, quoting, strict), restval);
    }
    static DictWriter* make_num_stderr(NoneType, list<str*>* fieldnames, i64 restval, str* extrasaction,
                                       str* delimiter, str* quotechar, str* escapechar, bool doublequote,
                                       bool skipinitialspace, str* lineterminator, i64 quoting, bool strict) {
        return numeric(make_stderr(None, fieldnames, str_of(restval), extrasaction, delimiter, quotechar, escapechar,
                                   doublequote, skipinitialspace, lineterminator, quoting, strict), restval);
    }
    const char* class_name() const override { return "DictWriter"; }
    const char* module_name() const override { return "csv"; }

    i64 writeheader() { return writer_->writerow(fieldnames_); }
    template <class V>
    i64 writerow(dict<str*, V>* row) {
        if (raise_extras_) check_extras(row->keys());
        writer_->begin_row();
        for (str* key : *fieldnames_) {
            if (row->contains(key)) {
                writer_->add(row->getitem(key));
            } else if (restval_number_) {
                writer_->add(restval_int_);
            } else {
                writer_->add(restval_);
            }
        }
        return writer_->end_row();
    }
    template <class Rs>
    void writerows(const Rs& rows) {
        for (const auto& r : iterable_ref(rows)) writerow(r);
    }

private:
    static DictWriter* make_for(writer* w, list<str*>* fieldnames, str* restval, str* extrasaction);
    static DictWriter* numeric(DictWriter* d, i64 restval) {
        d->restval_number_ = true;
        d->restval_int_ = restval;
        return d;
    }
    void check_extras(list<str*>* keys);

    writer* writer_ = nullptr;
    list<str*>* fieldnames_ = nullptr;
    str* restval_ = nullptr;
    bool raise_extras_ = true;
    bool restval_number_ = false;
    i64 restval_int_ = 0;
};

}  // namespace krait::csv
