// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace Lab::Worker {

// Quotes `text` the way GNU coreutils' quote() does in messages (gnulib's locale_quoting_style):
// ‘…’ in a UTF-8 locale and '…' otherwise; \a \b \f \n \r \t \v and backslash escaped with a
// backslash, the closing quote escaped, other unprintable bytes as three-digit octal escapes.
// The locale must have been set with setlocale(LC_ALL, "").
std::string gnuQuote(std::string_view text);

} // namespace Lab::Worker
