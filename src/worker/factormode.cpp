// SPDX-License-Identifier: GPL-3.0-or-later
#include "factormode.h"

#include "gnuquote.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace Lab::Worker {

namespace {

constexpr std::size_t ReadSize = 1 << 16;
constexpr std::size_t FlushSize = 1 << 16;

bool isDelimiter(char c)
{
    return c == ' ' || c == '\t' || c == '\n';
}

bool writeAll(int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        size -= std::size_t(written);
    }
    return true;
}

} // namespace

FactorMode::FactorMode(std::string programName, Core::FactorAlgorithm algorithm)
    : m_programName(std::move(programName))
    , m_algorithm(algorithm)
{
    m_out.reserve(FlushSize + Core::MaxFactorLine + 1);
}

void FactorMode::flush()
{
    if (m_out.empty())
        return;
    if (!writeAll(STDOUT_FILENO, m_out.data(), m_out.size())) {
        std::fprintf(stderr, "%s: write error\n", m_programName.c_str());
        std::_Exit(1);
    }
    m_out.clear();
}

void FactorMode::handleToken(std::string_view token)
{
    // GNU: skip leading spaces (only possible for arguments) and one '+', then digits only.
    std::string_view digits = token;
    while (!digits.empty() && digits.front() == ' ')
        digits.remove_prefix(1);
    if (!digits.empty() && digits.front() == '+')
        digits.remove_prefix(1);
    bool valid = !digits.empty();
    bool overflow = false;
    std::uint64_t value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') {
            valid = false;
            break;
        }
        const std::uint64_t digit = std::uint64_t(c - '0');
        if (value > (~std::uint64_t(0) - digit) / 10)
            overflow = true;
        else if (!overflow)
            value = value * 10 + digit;
    }
    if (!valid) {
        flush(); // keep stdout and stderr in input order when both go to one terminal
        std::fprintf(stderr, "%s: %s is not a valid positive integer\n", m_programName.c_str(),
                     gnuQuote(token).c_str());
        m_failed = true;
        return;
    }
    if (overflow) {
        flush();
        std::fprintf(stderr, "%s: %s is too large: this worker factors integers up to 18446744073709551615\n",
                     m_programName.c_str(), gnuQuote(token).c_str());
        m_failed = true;
        return;
    }
    char line[Core::MaxFactorLine + 1];
    int length = Core::formatFactorLine(value, Core::factorize(value, m_algorithm), line);
    line[length++] = '\n';
    m_out.append(line, std::size_t(length));
    if (m_out.size() >= FlushSize)
        flush();
}

int FactorMode::runArguments(const std::vector<std::string> &arguments)
{
    for (const std::string &argument : arguments)
        handleToken(argument);
    flush();
    return m_failed ? 1 : 0;
}

int FactorMode::runStdin()
{
    std::string buffer;
    std::size_t start = 0; // first byte of the current, unfinished token in buffer
    for (;;) {
        if (start > 0) {
            buffer.erase(0, start);
            start = 0;
        }
        const std::size_t old = buffer.size();
        buffer.resize(old + ReadSize);
        ssize_t got = ::read(STDIN_FILENO, buffer.data() + old, ReadSize);
        while (got < 0 && errno == EINTR)
            got = ::read(STDIN_FILENO, buffer.data() + old, ReadSize);
        if (got < 0) {
            flush();
            std::fprintf(stderr, "%s: read error\n", m_programName.c_str());
            return 1;
        }
        buffer.resize(old + std::size_t(got));
        const bool eof = got == 0;
        std::size_t i = old;
        // Rescan from the start of the carried token so tokens split across reads are joined.
        std::size_t tokenStart = std::string::npos;
        for (std::size_t k = 0; k < old; ++k) {
            if (!isDelimiter(buffer[k])) {
                tokenStart = k;
                break;
            }
        }
        for (; i < buffer.size(); ++i) {
            if (isDelimiter(buffer[i])) {
                if (tokenStart != std::string::npos) {
                    handleToken(std::string_view(buffer.data() + tokenStart, i - tokenStart));
                    tokenStart = std::string::npos;
                }
            } else if (tokenStart == std::string::npos) {
                tokenStart = i;
            }
        }
        if (eof) {
            if (tokenStart != std::string::npos)
                handleToken(std::string_view(buffer.data() + tokenStart, buffer.size() - tokenStart));
            break;
        }
        start = tokenStart == std::string::npos ? buffer.size() : tokenStart;
        // A short read means the writer has nothing more for now: answer what we have (interactive use).
        if (std::size_t(got) < ReadSize)
            flush();
    }
    flush();
    return m_failed ? 1 : 0;
}

} // namespace Lab::Worker
