// runtime.h -- the one header generated programs include.
#pragma once

#include "krait/core.h"
#include "krait/gc.h"
#include "krait/object.h"
#include "krait/str.h"
#include "krait/format.h"
#include "krait/ops.h"
#include "krait/slice.h"
#include "krait/list.h"
#include "krait/dict.h"
#include "krait/set.h"
#include "krait/exceptions.h"
#include "krait/builtins.h"
#include "krait/print.h"
#include "krait/main.h"
#include "krait/loops.h"
