// io_module.h -- text files (open()) and io.StringIO (model: models/io.py, open() in
// models/builtins.py). UTF-8 only; reading translates "\r\n" and "\r" to "\n" (CPython's
// universal newlines), writing writes "\n" as is (os.linesep on POSIX). Binary files
// (BufferedFile: open() with a binary mode written as a literal) read and write bytes as they are.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "krait/bytes.h"
#include "krait/exceptions.h"
#include "krait/list.h"
#include "krait/ops.h"
#include "krait/print.h"
#include "krait/str.h"

namespace krait::io {

/// io.UnsupportedOperation ("not writable"); CPython's also derives from ValueError.
struct UnsupportedOperation : OSError {
    using OSError::OSError;
    const char* class_name() const override { return "UnsupportedOperation"; }
    const char* module_name() const override { return "io"; }
};

/// Iteration over a stream's lines, for any class with readline_or_null().
template <class S>
class line_iterator {
public:
    explicit line_iterator(S* s) : s_(s), line_(s ? s->readline_or_null() : nullptr) {}
    str* operator*() const { return line_; }
    line_iterator& operator++() {
        line_ = s_->readline_or_null();
        return *this;
    }
    bool operator!=(const line_iterator& o) const { return (line_ != nullptr) != (o.line_ != nullptr); }
    bool operator==(const line_iterator& o) const { return !(*this != o); }

private:
    S* s_;
    str* line_;
};

/// The object open() returns for a text mode: a C stdio stream.
class TextIOWrapper final : public Object {
public:
    /// open(path, mode="r", encoding=None)
    static TextIOWrapper* open(str* path, str* mode = nullptr, str* encoding = nullptr);
    static TextIOWrapper* open(str* path, str* mode, NoneType) { return open(path, mode, nullptr); }
    /// open(path, mode, encoding, newline): newline None (universal newlines), "", "\n", "\r", "\r\n"
    static TextIOWrapper* open(str* path, str* mode, str* encoding, str* newline);
    template <class E, class N>
    static TextIOWrapper* open(str* path, str* mode, const E& encoding, const N& newline) {
        str* e = nullptr;
        str* n = nullptr;
        if constexpr (!std::is_same_v<E, NoneType>) e = encoding;
        if constexpr (!std::is_same_v<N, NoneType>) n = newline;
        return open(path, mode, e, n);
    }

    const char* class_name() const override { return "TextIOWrapper"; }
    const char* module_name() const override { return "_io"; }
    str* repr_() const override;

    str* read();
    str* read(i64 n);
    str* read(NoneType) { return read(); }
    str* read(std::optional<i64> n) { return n ? read(*n) : read(); }
    str* readline();
    str* readline(i64 limit);
    list<str*>* readlines();
    i64 write(str* s);
    template <class It>
    void writelines(const It& lines) {
        for (str* s : iterable_ref(lines)) write(s);
    }
    void close();
    void flush();
    i64 seek(i64 pos, i64 whence = 0);
    i64 tell();
    bool readable();
    bool writable();
    bool is_closed() const { return f_ == nullptr; }
    str* name() const { return name_; }
    str* mode() const { return mode_; }
    str* encoding() const { return encoding_; }

    /// sys.stdin: the C stream input() reads too
    static TextIOWrapper* stdin_stream();

    /// with open(...) as f: / the end of the block
    TextIOWrapper* enter();
    void exit() { close(); }

    /// The next line, nullptr at the end (the for loop's step).
    str* readline_or_null();
    line_iterator<TextIOWrapper> begin();
    line_iterator<TextIOWrapper> end() { return line_iterator<TextIOWrapper>(nullptr); }

    /// print(..., file=f)
    void write_bytes(std::string_view bytes);

private:
    void check_open() const;
    void check_readable();
    void prepare_read();
    void prepare_write();
    /// One character (UTF-8 sequence) with newline translation; false at the end.
    bool get_char(std::string& out);
    /// The next raw byte (pending_ first), EOF at the end; unread_byte puts it back.
    int next_byte();
    void unread_byte(int c);
    /// Drops bytes read ahead (before a seek or a write), moving the stream back over them.
    void drop_pending();

    std::FILE* f_ = nullptr;
    str* name_ = nullptr;
    str* mode_ = nullptr;
    str* encoding_ = nullptr;
    bool readable_ = false, writable_ = false;
    bool is_stdin_ = false;
    bool from_pending_ = false;  // where next_byte()'s last byte came from
    // Bytes read from the stream but not yet returned: the rest of a getline() line after a lone
    // '\r' (which ends a line under universal newlines).
    std::string pending_;
    std::size_t pending_pos_ = 0;
    char* line_buf_ = nullptr;  // getline()'s buffer (malloc), reused
    std::size_t line_cap_ = 0;  // reading flushes stdout first (a prompt shows), closing keeps fd 0
    enum class Last { None, Read, Write } last_ = Last::None;
    /// open()'s newline: None translates "\r\n" and "\r" to "\n" when reading (Universal);
    /// the others end lines at what they name ("" at all three) and translate nothing when
    /// reading; "\r" and "\r\n" replace each "\n" written.
    enum class Newline { Universal, Any, LF, CR, CRLF } newline_ = Newline::Universal;
    /// The next line as it is in the file (newline given), nullptr at the end.
    str* raw_line();
};

/// io.StringIO: an in-memory text stream; positions count code points, as in CPython.
class StringIO final : public Object {
public:
    static StringIO* make(str* initial = nullptr);
    static StringIO* make(NoneType) { return make(nullptr); }

    const char* class_name() const override { return "StringIO"; }
    const char* module_name() const override { return "_io"; }

    str* getvalue();
    str* read();
    str* read(i64 n);
    str* read(NoneType) { return read(); }
    str* read(std::optional<i64> n) { return n ? read(*n) : read(); }
    str* readline();
    list<str*>* readlines();
    i64 write(str* s);
    template <class It>
    void writelines(const It& lines) {
        for (str* s : iterable_ref(lines)) write(s);
    }
    i64 seek(i64 pos, i64 whence = 0);
    i64 tell();
    i64 truncate();
    i64 truncate(i64 size);
    void close() { closed_ = true; }
    void flush() { check_open(); }
    bool readable() { check_open(); return true; }
    bool writable() { check_open(); return true; }
    bool is_closed() const { return closed_; }
    StringIO* enter() { check_open(); return this; }
    void exit() { close(); }

    str* readline_or_null();
    line_iterator<StringIO> begin();
    line_iterator<StringIO> end() { return line_iterator<StringIO>(nullptr); }
    void write_bytes(std::string_view bytes);

private:
    void check_open() const;
    std::string buf_;   // UTF-8
    std::size_t pos_ = 0;  // a byte offset at a code point boundary (or past the end: see seek)
    std::size_t pad_ = 0;  // code points past the end a seek went to (written as NULs by write)
    bool closed_ = false;
};

/// What open() returns for a binary mode: BufferedReader ("rb"), BufferedWriter ("wb", "ab",
/// "xb") or BufferedRandom (with "+"), one C++ class over a C stdio stream; no newline translation.
class BufferedFile final : public Object {
public:
    static BufferedFile* open(str* path, str* mode);

    const char* class_name() const override;
    const char* module_name() const override { return "_io"; }
    str* repr_() const override;

    bytes* read();
    bytes* read(i64 n);
    bytes* read(NoneType) { return read(); }
    bytes* read(std::optional<i64> n) { return n ? read(*n) : read(); }
    bytes* readline();
    list<bytes*>* readlines();
    i64 write(const bytes* b);
    void close();
    void flush();
    i64 seek(i64 pos, i64 whence = 0);
    i64 tell();
    bool readable();
    bool writable();
    bool is_closed() const { return f_ == nullptr; }
    str* name() const { return name_; }
    str* mode() const { return mode_; }
    BufferedFile* enter();
    void exit() { close(); }

    /// The next line, nullptr at the end (the for loop's step).
    bytes* readline_or_null();
    class line_iterator {
    public:
        explicit line_iterator(BufferedFile* f) : f_(f), line_(f ? f->readline_or_null() : nullptr) {}
        bytes* operator*() const { return line_; }
        line_iterator& operator++() {
            line_ = f_->readline_or_null();
            return *this;
        }
        bool operator!=(const line_iterator& o) const { return (line_ != nullptr) != (o.line_ != nullptr); }
        bool operator==(const line_iterator& o) const { return !(*this != o); }

    private:
        BufferedFile* f_;
        bytes* line_;
    };
    line_iterator begin();
    line_iterator end() { return line_iterator(nullptr); }

private:
    void check_readable(const char* op);
    void check_writable();
    std::FILE* f_ = nullptr;
    str* name_ = nullptr;
    str* mode_ = nullptr;
    bool readable_ = false, writable_ = false;
    enum class Last { None, Read, Write } last_ = Last::None;
    /// open()'s newline: None translates "\r\n" and "\r" to "\n" when reading (Universal);
    /// the others end lines at what they name ("" at all three) and translate nothing when
    /// reading; "\r" and "\r\n" replace each "\n" written.
    enum class Newline { Universal, Any, LF, CR, CRLF } newline_ = Newline::Universal;
    /// The next line as it is in the file (newline given), nullptr at the end.
    str* raw_line();
};

/// io.BytesIO: an in-memory binary stream.
class BytesIO final : public Object {
public:
    static BytesIO* make(const bytes* initial = nullptr);
    static BytesIO* make(NoneType) { return make(nullptr); }

    const char* class_name() const override { return "BytesIO"; }
    const char* module_name() const override { return "_io"; }

    bytes* getvalue();
    bytes* read();
    bytes* read(i64 n);
    bytes* read(NoneType) { return read(); }
    bytes* read(std::optional<i64> n) { return n ? read(*n) : read(); }
    bytes* readline();
    list<bytes*>* readlines();
    i64 write(const bytes* b);
    i64 seek(i64 pos, i64 whence = 0);
    i64 tell();
    i64 truncate();
    i64 truncate(i64 size);
    void close() { closed_ = true; }
    void flush() { check_open(); }
    bool readable() { check_open(); return true; }
    bool writable() { check_open(); return true; }
    bool is_closed() const { return closed_; }
    BytesIO* enter() { check_open(); return this; }
    void exit() { close(); }

    bytes* readline_or_null();
    class line_iterator {
    public:
        explicit line_iterator(BytesIO* s) : s_(s), line_(s ? s->readline_or_null() : nullptr) {}
        bytes* operator*() const { return line_; }
        line_iterator& operator++() {
            line_ = s_->readline_or_null();
            return *this;
        }
        bool operator!=(const line_iterator& o) const { return (line_ != nullptr) != (o.line_ != nullptr); }
        bool operator==(const line_iterator& o) const { return !(*this != o); }

    private:
        BytesIO* s_;
        bytes* line_;
    };
    line_iterator begin();
    line_iterator end() { return line_iterator(nullptr); }

private:
    void check_open() const;
    std::string buf_;
    std::size_t pos_ = 0;  // may be past the end after a seek: a write there pads with zero bytes
    bool closed_ = false;
};

/// print(*args, sep=, end=, file=f, flush=)
template <class S, class... A>
void print_file(str* sep, str* end, S* file, bool flush, const A&... args) {
    std::string out;
    detail::print_into(out, sep, end, args...);
    file->write_bytes(out);
    if (flush) file->flush();
}

}  // namespace krait::io
