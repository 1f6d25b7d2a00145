// os_module.h -- Python's os and os.path modules (the commonly used part), POSIX only, with
// CPython's OSError subclasses and messages ("[Errno 2] No such file or directory: 'x'").
// os.path's string functions follow Lib/posixpath.py step by step.
#pragma once

#include "krait/dict.h"
#include "krait/list.h"
#include "krait/str.h"

#include <optional>

namespace krait::os {

/// Raises the OSError subclass CPython picks for errno `err`, naming the file (and a second one).
[[noreturn]] void raise_os_error(int err, str* filename, str* filename2 = nullptr);

str* getcwd();
list<str*>* listdir(str* path = nullptr);
void remove(str* path);
void mkdir(str* path, i64 mode = 0777);
void makedirs(str* path, i64 mode = 0777, bool exist_ok = false);
void rmdir(str* path);
void rename(str* src, str* dst);
/// os.environ: the environment when the program started, as a dict (changes are not exported).
dict<str*, str*>* environ();
str* getenv(str* key, str* default_ = nullptr);
i64 getpid();
str* sep();
str* linesep();

}  // namespace krait::os

namespace krait::ospath {

str* join(str* a);
str* join_many(str* a, str* const* rest, std::size_t n);
template <class... S>
str* join(str* a, S*... rest) {
    str* parts[] = {rest...};
    return join_many(a, parts, sizeof...(S));
}
str* basename(str* p);
str* dirname(str* p);
tuple<str*, str*> split(str* p);
tuple<str*, str*> splitext(str* p);
str* normpath(str* p);
str* abspath(str* p);
bool isabs(str* p);
bool exists(str* p);
bool isfile(str* p);
bool isdir(str* p);
i64 getsize(str* p);

}  // namespace krait::ospath
