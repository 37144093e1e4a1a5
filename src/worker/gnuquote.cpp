// SPDX-License-Identifier: GPL-3.0-or-later
#include "gnuquote.h"

#include <cstring>
#include <cwchar>
#include <cwctype>
#include <langinfo.h>

namespace Lab::Worker {

namespace {

void appendOctal(std::string &out, unsigned char c)
{
    out += '\\';
    out += char('0' + ((c >> 6) & 7));
    out += char('0' + ((c >> 3) & 7));
    out += char('0' + (c & 7));
}

} // namespace

std::string gnuQuote(std::string_view text)
{
    const bool utf8 = std::strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
    const std::string_view open = utf8 ? std::string_view("\xe2\x80\x98") : std::string_view("'");
    const std::string_view close = utf8 ? std::string_view("\xe2\x80\x99") : std::string_view("'");

    std::string out(open);
    std::mbstate_t state{};
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const char *simple = nullptr;
        switch (c) {
        case '\a':
            simple = "\\a";
            break;
        case '\b':
            simple = "\\b";
            break;
        case '\f':
            simple = "\\f";
            break;
        case '\n':
            simple = "\\n";
            break;
        case '\r':
            simple = "\\r";
            break;
        case '\t':
            simple = "\\t";
            break;
        case '\v':
            simple = "\\v";
            break;
        case '\\':
            simple = "\\\\";
            break;
        default:
            break;
        }
        if (simple) {
            out += simple;
            ++i;
            continue;
        }
        if (text.substr(i).starts_with(close)) {
            out += '\\';
            out += close;
            i += close.size();
            continue;
        }
        wchar_t wide = 0;
        const std::size_t length = std::mbrtowc(&wide, text.data() + i, text.size() - i, &state);
        if (length == std::size_t(-1) || length == std::size_t(-2) || length == 0) {
            state = std::mbstate_t{};
            appendOctal(out, c);
            ++i;
            continue;
        }
        if (std::iswprint(static_cast<wint_t>(wide))) {
            out.append(text.data() + i, length);
        } else {
            for (std::size_t k = 0; k < length; ++k)
                appendOctal(out, static_cast<unsigned char>(text[i + k]));
        }
        i += length;
    }
    out += close;
    return out;
}

} // namespace Lab::Worker
