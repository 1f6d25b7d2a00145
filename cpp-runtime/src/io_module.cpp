// io_module.cpp -- open() text files and io.StringIO (see io_module.h).
#include "krait/io_module.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>

#include "krait/ops.h"
#include "krait/os_module.h"

namespace krait::io {

namespace {

[[noreturn]] void raise_closed() { throw gc_new<ValueError>("I/O operation on closed file."); }

[[noreturn]] void raise_os_error(int err, str* path) { krait::os::raise_os_error(err, path); }

/// The number of bytes of the UTF-8 sequence starting with lead byte c.
int utf8_length(unsigned char c) {
    if (c < 0x80) return 1;
    if (c >= 0xF0) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

bool is_utf8_name(std::string_view e) {
    std::string n;
    for (char c : e) {
        if (c != '-' && c != '_') n += char(std::tolower(static_cast<unsigned char>(c)));
    }
    return n == "utf8";
}

/// fopen with C's mode `cmode`; CPython's OSError when that fails or `path` is a directory.
std::FILE* open_file(str* path, const std::string& cmode) {
    std::string p(path->view());
    std::FILE* f = std::fopen(p.c_str(), cmode.c_str());
    if (!f) raise_os_error(errno, path);
    struct stat st;
    if (::fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        std::fclose(f);
        raise_os_error(EISDIR, path);
    }
    return f;
}

}  // namespace

TextIOWrapper* TextIOWrapper::open(str* path, str* mode, str* encoding) {
    std::string_view m = mode ? mode->view() : std::string_view("r");
    int kinds = 0;
    bool plus = false, binary = false, text = false;
    char kind = 0;
    for (char c : m) {
        if (std::string_view("rwax").find(c) != std::string_view::npos) {
            ++kinds;
            kind = c;
        } else if (c == '+') {
            plus = true;
        } else if (c == 'b') {
            binary = true;
        } else if (c == 't') {
            text = true;
        } else {
            throw gc_new<ValueError>(("invalid mode: " + std::string(repr_of(mode)->view())).c_str());
        }
    }
    if (std::string_view(m).find_first_of("rwaxbt+") == std::string_view::npos || kinds != 1) {
        throw gc_new<ValueError>("must have exactly one of create/read/write/append mode");
    }
    if (binary && text) throw gc_new<ValueError>("can't have text and binary mode at once");
    if (binary) {
        // open(path, "rb") with the mode as a literal is typed as a binary file; a computed one is not
        throw gc_new<NotImplementedError>(
            ("binary file mode " + std::string(repr_of(mode)->view())
             + " must be written as a string literal in the call to open() for Krait")
                .c_str());
    }
    if (encoding && !is_utf8_name(encoding->view())) {
        throw gc_new<NotImplementedError>(
            ("encoding " + std::string(repr_of(encoding)->view()) + " is not supported by Krait (only UTF-8)").c_str());
    }
    std::string cmode = kind == 'r' ? "r" : kind == 'w' ? "w" : kind == 'a' ? "a" : "wx";
    if (plus) cmode.insert(1, "+");
    std::FILE* f = open_file(path, cmode);
    auto* t = gc_new<TextIOWrapper>();
    t->f_ = f;
    t->name_ = path;
    t->mode_ = mode ? mode : str::from_cstr("r");
    t->encoding_ = encoding ? encoding : str::from_cstr("UTF-8");
    t->readable_ = kind == 'r' || plus;
    t->writable_ = kind != 'r' || plus;
    return t;
}

str* TextIOWrapper::repr_() const {
    std::string out = "<_io.TextIOWrapper name=";
    out += repr_of(name_)->view();
    out += " mode=";
    out += repr_of(mode_)->view();
    out += " encoding=";
    out += repr_of(encoding_)->view();
    out += ">";
    return str::from_utf8(out);
}

void TextIOWrapper::check_open() const {
    if (!f_) raise_closed();
}

void TextIOWrapper::check_readable() {
    check_open();
    if (!readable_) throw gc_new<UnsupportedOperation>("not readable");
    prepare_read();
}

TextIOWrapper* TextIOWrapper::stdin_stream() {
    static TextIOWrapper* in = nullptr;  // static storage: a root for the collector
    if (!in) {
        in = gc_new<TextIOWrapper>();
        in->f_ = stdin;
        in->name_ = str::from_cstr("<stdin>");
        in->mode_ = str::from_cstr("r");
        in->encoding_ = str::from_cstr("utf-8");
        in->readable_ = true;
        in->is_stdin_ = true;
    }
    return in;
}

TextIOWrapper* TextIOWrapper::open(str* path, str* mode, str* encoding, str* newline) {
    Newline kind = Newline::Universal;
    if (newline != nullptr) {
        std::string_view n = newline->view();
        if (n.empty()) kind = Newline::Any;
        else if (n == "\n") kind = Newline::LF;
        else if (n == "\r") kind = Newline::CR;
        else if (n == "\r\n") kind = Newline::CRLF;
        else throw gc_new<ValueError>(("illegal newline value: " + std::string(newline->view())).c_str());
    }
    TextIOWrapper* t = open(path, mode, encoding);
    t->newline_ = kind;
    return t;
}

str* TextIOWrapper::raw_line() {
    std::string out;
    for (;;) {
        int c = next_byte();
        if (c == EOF) break;
        out += char(c);
        if (c == '\n' && (newline_ == Newline::Any || newline_ == Newline::LF)) break;
        if (c == '\n' && newline_ == Newline::CRLF && out.size() >= 2 && out[out.size() - 2] == '\r') break;
        if (c == '\r' && newline_ == Newline::CR) break;
        if (c == '\r' && newline_ == Newline::Any) {
            int d = next_byte();
            if (d == '\n') out += '\n';
            else if (d != EOF) unread_byte(d);
            break;
        }
    }
    return out.empty() ? nullptr : str::from_utf8(out);
}

void TextIOWrapper::prepare_read() {
    if (is_stdin_) flush_stdout();
    // C streams need a flush or seek between a write and a read
    if (last_ == Last::Write) std::fflush(f_);
    last_ = Last::Read;
}

void TextIOWrapper::prepare_write() {
    drop_pending();
    if (last_ == Last::Read) std::fseek(f_, 0, SEEK_CUR);
    last_ = Last::Write;
}

int TextIOWrapper::next_byte() {
    if (pending_pos_ < pending_.size()) {
        from_pending_ = true;
        return static_cast<unsigned char>(pending_[pending_pos_++]);
    }
    from_pending_ = false;
    return getc_unlocked(f_);
}

void TextIOWrapper::unread_byte(int c) {
    if (from_pending_) {
        --pending_pos_;
    } else {
        ungetc(c, f_);
    }
}

void TextIOWrapper::drop_pending() {
    if (pending_pos_ < pending_.size()) std::fseek(f_, -long(pending_.size() - pending_pos_), SEEK_CUR);
    pending_.clear();
    pending_pos_ = 0;
}

bool TextIOWrapper::get_char(std::string& out) {
    int c = next_byte();
    if (c == EOF) return false;
    if (c == '\r' && newline_ == Newline::Universal) {
        int d = next_byte();
        if (d != '\n' && d != EOF) unread_byte(d);
        out += '\n';
        return true;
    }
    out += char(c);
    for (int k = utf8_length(static_cast<unsigned char>(c)); k > 1; --k) {
        int d = next_byte();
        if (d == EOF) break;
        out += char(d);
    }
    return true;
}

str* TextIOWrapper::read() {
    check_readable();
    std::string out;
    bool cr = false;  // the previous byte was '\r' (its '\n' is dropped)
    auto translate = [&](const char* buf, std::size_t n) {
        for (std::size_t i = 0; i < n; ++i) {
            char c = buf[i];
            if (cr && c == '\n') {
                cr = false;
                continue;
            }
            cr = c == '\r' && newline_ == Newline::Universal;
            out += cr ? '\n' : c;
        }
    };
    translate(pending_.data() + pending_pos_, pending_.size() - pending_pos_);
    pending_.clear();
    pending_pos_ = 0;
    char buf[65536];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f_)) > 0) translate(buf, n);
    return str::from_utf8(out);
}

str* TextIOWrapper::read(i64 n) {
    if (n < 0) return read();
    check_readable();
    std::string out;
    for (i64 i = 0; i < n && get_char(out); ++i) {
    }
    return str::from_utf8(out);
}

str* TextIOWrapper::readline_or_null() {
    check_readable();
    if (newline_ != Newline::Universal && newline_ != Newline::LF) return raw_line();
    if (newline_ == Newline::LF && pending_pos_ >= pending_.size()) {
        ssize_t n = ::getline(&line_buf_, &line_cap_, f_);
        return n <= 0 ? nullptr : str::from_utf8(line_buf_, std::size_t(n));
    }
    if (newline_ == Newline::LF) return raw_line();
    if (pending_pos_ >= pending_.size()) {
        // fast path: getline() finds the '\n'; a '\r' in the line needs translating
        ssize_t n = ::getline(&line_buf_, &line_cap_, f_);
        if (n <= 0) return nullptr;
        const char* cr = static_cast<const char*>(std::memchr(line_buf_, '\r', std::size_t(n)));
        if (!cr) return str::from_utf8(line_buf_, std::size_t(n));
        std::size_t r = std::size_t(cr - line_buf_);
        std::string line(line_buf_, r);
        line += '\n';
        if (!(r + 2 == std::size_t(n) && line_buf_[n - 1] == '\n') && r + 1 < std::size_t(n)) {
            // a lone '\r' ended the line: the rest is read next
            pending_.assign(line_buf_ + r + 1, std::size_t(n) - r - 1);
            pending_pos_ = 0;
        } else if (r + 1 == std::size_t(n)) {
            // '\r' last: a '\n' after it belongs to this line
            int d = getc_unlocked(f_);
            if (d != '\n' && d != EOF) ungetc(d, f_);
        }
        return str::from_utf8(line);
    }
    std::string out;
    while (get_char(out)) {
        if (out.back() == '\n') break;
    }
    return out.empty() ? nullptr : str::from_utf8(out);
}

str* TextIOWrapper::readline() {
    str* s = readline_or_null();
    return s ? s : str::empty();
}

str* TextIOWrapper::readline(i64 limit) {
    if (limit < 0) return readline();
    check_readable();
    std::string out;
    for (i64 i = 0; i < limit && get_char(out); ++i) {
        if (newline_ != Newline::Universal) {
            std::size_t k = out.size();
            bool crlf = k >= 2 && out[k - 2] == '\r' && out[k - 1] == '\n';
            if (newline_ == Newline::Any && out.back() == '\r') {
                int d = next_byte();  // "\r\n" is one line end; the '\n' is past the limit's count
                if (d == '\n') out += '\n';
                else if (d != EOF) unread_byte(d);
                break;
            }
            if ((newline_ == Newline::Any || newline_ == Newline::LF) && out.back() == '\n') break;
            if (newline_ == Newline::CR && out.back() == '\r') break;
            if (newline_ == Newline::CRLF && crlf) break;
            continue;
        }
        if (out.back() == '\n') break;
    }
    return str::from_utf8(out);
}

list<str*>* TextIOWrapper::readlines() {
    auto* out = list<str*>::make_empty();
    while (str* s = readline_or_null()) out->append(s);
    return out;
}

line_iterator<TextIOWrapper> TextIOWrapper::begin() {
    check_open();
    return line_iterator<TextIOWrapper>(this);
}

i64 TextIOWrapper::write(str* s) {
    write_bytes(s->view());
    return s->len();
}

void TextIOWrapper::write_bytes(std::string_view bytes) {
    check_open();
    if (!writable_) throw gc_new<UnsupportedOperation>("not writable");
    prepare_write();
    if (bytes.empty()) return;
    if (newline_ == Newline::CR || newline_ == Newline::CRLF) {
        std::string out;
        out.reserve(bytes.size());
        for (char c : bytes) {
            if (c != '\n') out += c;
            else out += newline_ == Newline::CR ? "\r" : "\r\n";
        }
        std::fwrite(out.data(), 1, out.size(), f_);
        return;
    }
    std::fwrite(bytes.data(), 1, bytes.size(), f_);
}

void TextIOWrapper::close() {
    if (f_) {
        if (!is_stdin_) std::fclose(f_);
        std::free(line_buf_);
        line_buf_ = nullptr;
        pending_.clear();
        pending_pos_ = 0;
        f_ = nullptr;
    }
}

void TextIOWrapper::flush() {
    check_open();
    std::fflush(f_);
}

i64 TextIOWrapper::seek(i64 pos, i64 whence) {
    check_open();
    if (whence == 0) {
        if (pos < 0) throw gc_new<ValueError>(("negative seek position " + std::to_string(pos)).c_str());
        drop_pending();
        std::fflush(f_);
        std::fseek(f_, long(pos), SEEK_SET);
    } else if (whence == 1 || whence == 2) {
        if (pos != 0) {
            throw gc_new<UnsupportedOperation>(whence == 1 ? "can't do nonzero cur-relative seeks"
                                                           : "can't do nonzero end-relative seeks");
        }
        drop_pending();
        std::fflush(f_);
        std::fseek(f_, 0, whence == 1 ? SEEK_CUR : SEEK_END);
    } else {
        throw gc_new<ValueError>(("invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)").c_str());
    }
    last_ = Last::None;
    return i64(std::ftell(f_));
}

i64 TextIOWrapper::tell() {
    check_open();
    return i64(std::ftell(f_)) - i64(pending_.size() - pending_pos_);
}

bool TextIOWrapper::readable() {
    check_open();
    return readable_;
}

bool TextIOWrapper::writable() {
    check_open();
    return writable_;
}

TextIOWrapper* TextIOWrapper::enter() {
    check_open();
    return this;
}

// ---- StringIO ----

StringIO* StringIO::make(str* initial) {
    auto* s = gc_new<StringIO>();
    if (initial) s->buf_ = std::string(initial->view());
    return s;
}

void StringIO::check_open() const {
    if (closed_) throw gc_new<ValueError>("I/O operation on closed file");  // no period, unlike files
}

str* StringIO::getvalue() {
    check_open();
    return str::from_utf8(buf_);
}

str* StringIO::read() {
    check_open();
    std::size_t from = pos_ < buf_.size() ? pos_ : buf_.size();
    pos_ = buf_.size() > pos_ ? buf_.size() : pos_;
    return str::from_utf8(std::string_view(buf_).substr(from));
}

str* StringIO::read(i64 n) {
    if (n < 0) return read();
    check_open();
    std::size_t from = pos_;
    for (i64 i = 0; i < n && pos_ < buf_.size(); ++i) pos_ += utf8_length(static_cast<unsigned char>(buf_[pos_]));
    if (from >= buf_.size()) return str::empty();
    return str::from_utf8(std::string_view(buf_).substr(from, pos_ - from));
}

str* StringIO::readline_or_null() {
    check_open();
    if (pos_ >= buf_.size()) return nullptr;
    std::size_t nl = buf_.find('\n', pos_);
    std::size_t to = nl == std::string::npos ? buf_.size() : nl + 1;
    str* s = str::from_utf8(std::string_view(buf_).substr(pos_, to - pos_));
    pos_ = to;
    return s;
}

str* StringIO::readline() {
    str* s = readline_or_null();
    return s ? s : str::empty();
}

list<str*>* StringIO::readlines() {
    auto* out = list<str*>::make_empty();
    while (str* s = readline_or_null()) out->append(s);
    return out;
}

line_iterator<StringIO> StringIO::begin() {
    check_open();
    return line_iterator<StringIO>(this);
}

i64 StringIO::write(str* s) {
    write_bytes(s->view());
    return s->len();
}

void StringIO::write_bytes(std::string_view bytes) {
    check_open();
    if (bytes.empty()) return;
    if (pos_ >= buf_.size()) {
        buf_.append(pad_, '\0');
        pad_ = 0;
        buf_.append(bytes);
        pos_ = buf_.size();
        return;
    }
    // overwrite as many code points as the text has
    std::size_t chars = 0;
    for (unsigned char c : bytes) chars += (c & 0xC0) != 0x80;
    std::size_t end = pos_;
    for (std::size_t i = 0; i < chars && end < buf_.size(); ++i) end += utf8_length(static_cast<unsigned char>(buf_[end]));
    buf_.replace(pos_, end - pos_, bytes);
    pos_ += bytes.size();
}

i64 StringIO::seek(i64 pos, i64 whence) {
    check_open();
    if (whence == 0) {
        if (pos < 0) throw gc_new<ValueError>(("Negative seek position " + std::to_string(pos)).c_str());
        pos_ = 0;
        pad_ = 0;
        i64 i = 0;
        for (; i < pos && pos_ < buf_.size(); ++i) pos_ += utf8_length(static_cast<unsigned char>(buf_[pos_]));
        pad_ = std::size_t(pos - i);
        return pos;
    }
    if (whence == 1 || whence == 2) {
        if (pos != 0) {
            throw gc_new<OSError>(whence == 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
        }
        if (whence == 2) {
            pos_ = buf_.size();
            pad_ = 0;
        }
        return tell();
    }
    throw gc_new<ValueError>(("Invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)").c_str());
}

i64 StringIO::tell() {
    check_open();
    i64 n = 0;
    for (std::size_t i = 0; i < pos_ && i < buf_.size(); ++i) n += (static_cast<unsigned char>(buf_[i]) & 0xC0) != 0x80;
    return n + i64(pad_);
}

i64 StringIO::truncate() {
    check_open();
    if (pos_ < buf_.size()) buf_.resize(pos_);
    return tell();
}

i64 StringIO::truncate(i64 size) {
    check_open();
    if (size < 0) throw gc_new<ValueError>(("Negative size value " + std::to_string(size)).c_str());
    std::size_t b = 0;
    for (i64 i = 0; i < size && b < buf_.size(); ++i) b += utf8_length(static_cast<unsigned char>(buf_[b]));
    if (b < buf_.size()) buf_.resize(b);
    return size;
}

// ---- binary files ----

BufferedFile* BufferedFile::open(str* path, str* mode) {
    std::string_view m = mode->view();
    int kinds = 0;
    bool plus = false, binary = false;
    char kind = 0;
    for (char c : m) {
        if (std::string_view("rwax").find(c) != std::string_view::npos) {
            ++kinds;
            kind = c;
        } else if (c == '+') {
            plus = true;
        } else if (c == 'b') {
            binary = true;
        } else {
            throw gc_new<ValueError>(("invalid mode: " + std::string(repr_of(mode)->view())).c_str());
        }
    }
    if (kinds != 1) throw gc_new<ValueError>("must have exactly one of create/read/write/append mode");
    if (!binary) throw gc_new<ValueError>(("invalid mode: " + std::string(repr_of(mode)->view())).c_str());
    std::string cmode = kind == 'r' ? "rb" : kind == 'w' ? "wb" : kind == 'a' ? "ab" : "wbx";
    if (plus) cmode.insert(1, "+");
    std::FILE* f = open_file(path, cmode);
    auto* b = gc_new<BufferedFile>();
    b->f_ = f;
    b->name_ = path;
    // CPython's mode attribute spells the kind first: "rb", "wb", "rb+"
    std::string shown(1, kind);
    shown += 'b';
    if (plus) shown += '+';
    b->mode_ = str::from_utf8(shown);
    b->readable_ = kind == 'r' || plus;
    b->writable_ = kind != 'r' || plus;
    return b;
}

const char* BufferedFile::class_name() const {
    if (readable_ && writable_) return "BufferedRandom";
    return readable_ ? "BufferedReader" : "BufferedWriter";
}

str* BufferedFile::repr_() const {
    std::string out = "<_io.";
    out += class_name();
    out += " name=";
    out += repr_of(name_)->view();
    out += ">";
    return str::from_utf8(out);
}

void BufferedFile::check_readable(const char* op) {
    if (!readable_) throw gc_new<UnsupportedOperation>("read");
    if (!f_) throw gc_new<ValueError>((std::string(op) + " of closed file").c_str());
    if (last_ == Last::Write) std::fflush(f_);
    last_ = Last::Read;
}

void BufferedFile::check_writable() {
    if (!writable_) throw gc_new<UnsupportedOperation>("write");
    if (!f_) throw gc_new<ValueError>("write to closed file");
    if (last_ == Last::Read) std::fseek(f_, 0, SEEK_CUR);
    last_ = Last::Write;
}

bytes* BufferedFile::read() {
    check_readable("read");
    std::string out;
    char buf[65536];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f_)) > 0) out.append(buf, n);
    return bytes::from_view(out);
}

bytes* BufferedFile::read(i64 n) {
    if (n < 0) return read();
    check_readable("read");
    std::string out(std::size_t(n), '\0');
    std::size_t got = n > 0 ? std::fread(out.data(), 1, std::size_t(n), f_) : 0;
    out.resize(got);
    return bytes::from_view(out);
}

bytes* BufferedFile::readline_or_null() {
    check_readable("readline");
    std::string out;
    int c;
    while ((c = getc_unlocked(f_)) != EOF) {
        out += char(c);
        if (c == '\n') break;
    }
    return out.empty() ? nullptr : bytes::from_view(out);
}

bytes* BufferedFile::readline() {
    bytes* b = readline_or_null();
    return b ? b : bytes::from_raw("", 0);
}

list<bytes*>* BufferedFile::readlines() {
    if (!f_) throw gc_new<ValueError>("I/O operation on closed file.");
    auto* out = list<bytes*>::make_empty();
    while (bytes* b = readline_or_null()) out->append(b);
    return out;
}

BufferedFile::line_iterator BufferedFile::begin() {
    if (!f_) throw gc_new<ValueError>("I/O operation on closed file.");
    return line_iterator(this);
}

i64 BufferedFile::write(const bytes* b) {
    check_writable();
    if (b->len() > 0) std::fwrite(b->data(), 1, std::size_t(b->len()), f_);
    return b->len();
}

void BufferedFile::close() {
    if (f_) {
        std::fclose(f_);
        f_ = nullptr;
    }
}

void BufferedFile::flush() {
    if (!f_) throw gc_new<ValueError>("I/O operation on closed file.");
    std::fflush(f_);
}

i64 BufferedFile::seek(i64 pos, i64 whence) {
    if (!f_) throw gc_new<ValueError>("seek of closed file");
    if (whence < 0 || whence > 2) {
        throw gc_new<ValueError>(("whence value " + std::to_string(whence) + " unsupported").c_str());
    }
    std::fflush(f_);
    if (std::fseek(f_, long(pos), whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END) != 0) {
        raise_os_error(errno, nullptr);
    }
    last_ = Last::None;
    return i64(std::ftell(f_));
}

i64 BufferedFile::tell() {
    if (!f_) throw gc_new<ValueError>("I/O operation on closed file");
    return i64(std::ftell(f_));
}

bool BufferedFile::readable() {
    if (!f_) throw gc_new<ValueError>("I/O operation on closed file");
    return readable_;
}

bool BufferedFile::writable() {
    if (!f_) throw gc_new<ValueError>("I/O operation on closed file");
    return writable_;
}

BufferedFile* BufferedFile::enter() {
    if (!f_) throw gc_new<ValueError>("I/O operation on closed file.");
    return this;
}

// ---- BytesIO ----

BytesIO* BytesIO::make(const bytes* initial) {
    auto* b = gc_new<BytesIO>();
    if (initial) b->buf_ = std::string(initial->view());
    return b;
}

void BytesIO::check_open() const {
    if (closed_) throw gc_new<ValueError>("I/O operation on closed file.");
}

bytes* BytesIO::getvalue() {
    check_open();
    return bytes::from_view(buf_);
}

bytes* BytesIO::read() {
    check_open();
    if (pos_ >= buf_.size()) return bytes::from_raw("", 0);
    bytes* b = bytes::from_view(std::string_view(buf_).substr(pos_));
    pos_ = buf_.size();
    return b;
}

bytes* BytesIO::read(i64 n) {
    if (n < 0) return read();
    check_open();
    if (pos_ >= buf_.size()) return bytes::from_raw("", 0);
    std::size_t take = std::min(std::size_t(n), buf_.size() - pos_);
    bytes* b = bytes::from_view(std::string_view(buf_).substr(pos_, take));
    pos_ += take;
    return b;
}

bytes* BytesIO::readline_or_null() {
    check_open();
    if (pos_ >= buf_.size()) return nullptr;
    std::size_t nl = buf_.find('\n', pos_);
    std::size_t to = nl == std::string::npos ? buf_.size() : nl + 1;
    bytes* b = bytes::from_view(std::string_view(buf_).substr(pos_, to - pos_));
    pos_ = to;
    return b;
}

bytes* BytesIO::readline() {
    bytes* b = readline_or_null();
    return b ? b : bytes::from_raw("", 0);
}

list<bytes*>* BytesIO::readlines() {
    auto* out = list<bytes*>::make_empty();
    while (bytes* b = readline_or_null()) out->append(b);
    return out;
}

BytesIO::line_iterator BytesIO::begin() {
    check_open();
    return line_iterator(this);
}

i64 BytesIO::write(const bytes* b) {
    check_open();
    std::size_t n = std::size_t(b->len());
    if (n == 0) return 0;
    if (pos_ > buf_.size()) buf_.resize(pos_, '\0');
    std::string_view v = b->view();
    if (pos_ + n > buf_.size()) buf_.resize(pos_ + n);
    buf_.replace(pos_, n, v);
    pos_ += n;
    return i64(n);
}

i64 BytesIO::seek(i64 pos, i64 whence) {
    check_open();
    if (whence == 0) {
        if (pos < 0) throw gc_new<ValueError>(("negative seek value " + std::to_string(pos)).c_str());
    } else if (whence == 1) {
        pos += i64(pos_);
    } else if (whence == 2) {
        pos += i64(buf_.size());
    } else {
        throw gc_new<ValueError>(("invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)").c_str());
    }
    pos_ = pos < 0 ? 0 : std::size_t(pos);
    return i64(pos_);
}

i64 BytesIO::tell() {
    check_open();
    return i64(pos_);
}

i64 BytesIO::truncate() { return truncate(i64(pos_)); }

i64 BytesIO::truncate(i64 size) {
    check_open();
    if (size < 0) throw gc_new<ValueError>(("negative size value " + std::to_string(size)).c_str());
    if (std::size_t(size) < buf_.size()) buf_.resize(std::size_t(size));
    return size;
}

}  // namespace krait::io
