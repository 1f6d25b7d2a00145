// os_module.cpp -- os and os.path on POSIX (see os_module.h).
#include "krait/os_module.h"

#include "krait/exceptions.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <string>
#include <vector>
#include <sys/stat.h>
#include <unistd.h>

extern char** environ;

namespace krait::os {

namespace {
std::string path_of(str* p) { return std::string(p->view()); }
}  // namespace

void raise_os_error(int err, str* filename, str* filename2) {
    // str(e) as CPython builds it: [Errno N] strerror: 'filename'[ -> 'filename2']
    std::string msg = "[Errno " + std::to_string(err) + "] " + std::strerror(err);
    if (filename) {
        msg += ": ";
        append_str_repr(msg, filename);
        if (filename2) {
            msg += " -> ";
            append_str_repr(msg, filename2);
        }
    }
    str* m = str::from_utf8(msg);
    OSError* e;
    switch (err) {
        case ENOENT: e = gc_new<FileNotFoundError>(m); break;
        case EEXIST: e = gc_new<FileExistsError>(m); break;
        case EISDIR: e = gc_new<IsADirectoryError>(m); break;
        case ENOTDIR: e = gc_new<NotADirectoryError>(m); break;
        case EACCES:
        case EPERM: e = gc_new<PermissionError>(m); break;
        default: e = gc_new<OSError>(m); break;
    }
    e->py_errno = optional<i64>(i64(err));
    e->strerror = str::from_cstr(std::strerror(err));
    e->filename = filename;
    throw e;
}

str* getcwd() {
    std::string buf(256, '\0');
    while (::getcwd(buf.data(), buf.size()) == nullptr) {
        if (errno != ERANGE) raise_os_error(errno, nullptr);
        buf.resize(buf.size() * 2);
    }
    return str::from_cstr(buf.c_str());
}

list<str*>* listdir(str* path) {
    std::string p = path ? path_of(path) : ".";
    DIR* d = ::opendir(p.c_str());
    if (!d) raise_os_error(errno, path ? path : str::from_cstr("."));
    // readdir's order, as CPython returns it
    list<str*>* out = list<str*>::make_empty();
    while (dirent* e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
        out->append(str::from_cstr(e->d_name));
    }
    ::closedir(d);
    return out;
}

void remove(str* path) {
    if (::unlink(path_of(path).c_str()) != 0) raise_os_error(errno, path);
}

void mkdir(str* path, i64 mode) {
    if (::mkdir(path_of(path).c_str(), mode_t(mode)) != 0) raise_os_error(errno, path);
}

void makedirs(str* path, i64 mode, bool exist_ok) {
    // Lib/os.py: create the missing parent first, then this directory
    tuple<str*, str*> ht = ospath::split(path);
    str* head = std::get<0>(ht);
    str* tail = std::get<1>(ht);
    if (tail->nbytes() == 0) {
        ht = ospath::split(head);
        head = std::get<0>(ht);
        tail = std::get<1>(ht);
    }
    if (head->nbytes() != 0 && tail->nbytes() != 0 && !ospath::exists(head)) {
        try {
            makedirs(head, mode, exist_ok);
        } catch (FileExistsError*) {
            // another process created it meanwhile
        }
        if (tail->view() == ".") return;
    }
    if (::mkdir(path_of(path).c_str(), mode_t(mode)) != 0) {
        int err = errno;
        if (!exist_ok || !ospath::isdir(path)) raise_os_error(err, path);
    }
}

void rmdir(str* path) {
    if (::rmdir(path_of(path).c_str()) != 0) raise_os_error(errno, path);
}

void rename(str* src, str* dst) {
    if (::rename(path_of(src).c_str(), path_of(dst).c_str()) != 0) raise_os_error(errno, src, dst);
}

dict<str*, str*>* environ() {
    static dict<str*, str*>* env = nullptr;  // static storage: a GC root
    if (!env) {
        env = dict<str*, str*>::make_empty();
        for (char** e = ::environ; *e; ++e) {
            const char* eq = std::strchr(*e, '=');
            if (!eq) continue;
            str* key = str::from_utf8(*e, std::size_t(eq - *e));
            // the first definition of a name wins, as in CPython
            if (!env->contains(key)) env->setitem(key, str::from_cstr(eq + 1));
        }
    }
    return env;
}

str* getenv(str* key, str* default_) {
    dict<str*, str*>* env = environ();
    return env->contains(key) ? env->getitem(key) : default_;
}

i64 getpid() { return i64(::getpid()); }

str* sep() { return str::from_ascii_char('/'); }
str* linesep() { return str::from_ascii_char('\n'); }

}  // namespace krait::os

namespace krait::ospath {

namespace {
str* make(const std::string& s) { return str::from_utf8(s); }
bool all_slashes(std::string_view s) { return s.find_first_not_of('/') == std::string_view::npos; }
std::string_view rstrip_slashes(std::string_view s) {
    std::size_t n = s.size();
    while (n > 0 && s[n - 1] == '/') --n;
    return s.substr(0, n);
}
bool stat_of(str* p, struct stat* st) { return ::stat(std::string(p->view()).c_str(), st) == 0; }
}  // namespace

str* join(str* a) { return a; }

str* join_many(str* a, str* const* rest, std::size_t n) {
    std::string path(a->view());
    for (std::size_t i = 0; i < n; ++i) {
        std::string_view b = rest[i]->view();
        if (!b.empty() && b[0] == '/') path = std::string(b);
        else if (path.empty() || path.back() == '/') path += b;
        else {
            path += '/';
            path += b;
        }
    }
    return make(path);
}

str* basename(str* p) {
    std::string_view s = p->view();
    std::size_t i = s.rfind('/');
    return i == std::string_view::npos ? p : make(std::string(s.substr(i + 1)));
}

str* dirname(str* p) {
    std::string_view s = p->view();
    std::size_t i = s.rfind('/');
    std::string_view head = i == std::string_view::npos ? std::string_view() : s.substr(0, i + 1);
    if (!head.empty() && !all_slashes(head)) head = rstrip_slashes(head);
    return make(std::string(head));
}

tuple<str*, str*> split(str* p) {
    std::string_view s = p->view();
    std::size_t i = s.rfind('/');
    std::size_t cut = i == std::string_view::npos ? 0 : i + 1;
    std::string_view head = s.substr(0, cut), tail = s.substr(cut);
    if (!head.empty() && !all_slashes(head)) head = rstrip_slashes(head);
    return {make(std::string(head)), make(std::string(tail))};
}

tuple<str*, str*> splitext(str* p) {
    std::string_view s = p->view();
    std::size_t sep = s.rfind('/');
    std::size_t dot = s.rfind('.');
    long sepIndex = sep == std::string_view::npos ? -1 : long(sep);
    long dotIndex = dot == std::string_view::npos ? -1 : long(dot);
    if (dotIndex > sepIndex) {
        // a leading run of dots (".bashrc", "..x") is part of the name, not an extension
        for (long f = sepIndex + 1; f < dotIndex; ++f) {
            if (s[std::size_t(f)] != '.') {
                return {make(std::string(s.substr(0, std::size_t(dotIndex)))), make(std::string(s.substr(std::size_t(dotIndex))))};
            }
        }
    }
    return {p, str::empty()};
}

str* normpath(str* p) {
    std::string_view path = p->view();
    if (path.empty()) return str::from_ascii_char('.');
    int initial_slashes = !path.empty() && path[0] == '/' ? 1 : 0;
    // POSIX lets exactly two leading slashes mean something else, so they stay
    if (initial_slashes && path.substr(0, 2) == "//" && path.substr(0, 3) != "///") initial_slashes = 2;
    std::vector<std::string_view> comps;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        std::string_view comp = path.substr(start, end - start);
        start = end + 1;
        if (comp.empty() || comp == ".") continue;
        if (comp != ".." || (!initial_slashes && comps.empty()) || (!comps.empty() && comps.back() == "..")) {
            comps.push_back(comp);
        } else if (!comps.empty()) {
            comps.pop_back();
        }
    }
    std::string out(std::size_t(initial_slashes), '/');
    for (std::size_t i = 0; i < comps.size(); ++i) {
        if (i > 0) out += '/';
        out += comps[i];
    }
    return out.empty() ? str::from_ascii_char('.') : make(out);
}

bool isabs(str* p) { return p->nbytes() > 0 && p->data()[0] == '/'; }

str* abspath(str* p) {
    if (!isabs(p)) p = join(os::getcwd(), p);
    return normpath(p);
}

bool exists(str* p) {
    struct stat st;
    return stat_of(p, &st);
}

bool isfile(str* p) {
    struct stat st;
    return stat_of(p, &st) && S_ISREG(st.st_mode);
}

bool isdir(str* p) {
    struct stat st;
    return stat_of(p, &st) && S_ISDIR(st.st_mode);
}

i64 getsize(str* p) {
    struct stat st;
    if (!stat_of(p, &st)) os::raise_os_error(errno, p);
    return i64(st.st_size);
}

}  // namespace krait::ospath
