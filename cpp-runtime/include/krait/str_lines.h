// str_lines.h -- `for line in s.splitlines()` one line at a time.
//
// The loop gets the same lines as s.splitlines(keepends) (a str never changes), each made when
// the loop asks for it: no list of all the lines, and a line is still in the cache when the body
// reads it (a list of a 10 MB text's lines is walked after the whole text has been copied).
#pragma once

#include <cstddef>

#include "krait/core.h"
#include "krait/str.h"

namespace krait {

class splitlines_range {
public:
    splitlines_range(const str* s, bool keepends) : s_(s), keepends_(keepends) {}
    class iterator {
    public:
        str* operator*() const { return cur_; }
        iterator& operator++() {
            done_ = !r_->next(pos_, cur_);
            return *this;
        }
        bool operator!=(const iterator& o) const { return done_ != o.done_; }

    private:
        friend class splitlines_range;
        iterator(const splitlines_range* r, bool done) : r_(r), done_(done) {}
        const splitlines_range* r_;
        str* cur_ = nullptr;
        std::size_t pos_ = 0;  // byte offset where the next line starts
        bool done_;
    };
    iterator begin() const {
        iterator it(this, false);
        it.done_ = !next(it.pos_, it.cur_);
        return it;
    }
    iterator end() const { return iterator(this, true); }

private:
    /// The line starting at byte pos into out, pos moved past its end; false when there is none.
    bool next(std::size_t& pos, str*& out) const;
    const str* s_;
    bool keepends_;
};

/// s.splitlines(keepends) as a range for a loop (generated code).
inline splitlines_range iter_splitlines(const str* s, bool keepends) { return splitlines_range(s, keepends); }

}  // namespace krait
