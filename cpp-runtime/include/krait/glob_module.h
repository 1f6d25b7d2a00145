// glob_module.h -- fnmatch.fnmatch/fnmatchcase/filter and glob.glob (models/fnmatch.py,
// models/glob.py), POSIX only: names are case-sensitive, '*' and '?' do not match a leading
// '.' in glob, and '**' is an ordinary '*' (no recursive=True).
#pragma once

#include "krait/list.h"
#include "krait/str.h"

namespace krait::fnmatch {

/// fnmatch(name, pat): '*', '?', '[seq]', '[!seq]' as Lib/fnmatch.py translates them.
bool fnmatch(str* name, str* pat);
list<str*>* filter(list<str*>* names, str* pat);

}  // namespace krait::fnmatch

namespace krait::glob {

/// glob.glob(pattern): the matching paths, in directory order (sort them for a stable order).
list<str*>* glob(str* pattern);
/// glob.has_magic(s)
bool has_magic(str* s);

}  // namespace krait::glob
