// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchmode.h"

#include "core/workloads/factorbatchprotocol.h"
#include "core/workloads/factorchecksum.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace Lab::Worker {

int BatchMode::run()
{
    using namespace Lab::Core;
    static char outputBuffer[1 << 16];
    std::setvbuf(stdout, outputBuffer, _IOFBF, sizeof outputBuffer);

    char *line = nullptr;
    std::size_t capacity = 0;
    FactorBatchRequest request;
    std::string error;
    std::string idText;
    for (;;) {
        const ssize_t length = ::getline(&line, &capacity, stdin);
        if (length < 0)
            break; // stdin closed: the lab is done with us (or gone)
        std::string_view view(line, std::size_t(length));
        if (!view.empty() && view.back() == '\n')
            view.remove_suffix(1);
        std::string reply;
        if (!FactorBatchProtocol::parseRequest(view, &request, &error, &idText)) {
            reply = FactorBatchProtocol::formatError(idText, error);
        } else {
            FactorChecksum checksum;
            char text[MaxFactorLine + 1];
            for (std::uint64_t n : request.numbers) {
                const Factors factors = factorize(n, request.algorithm);
                const int size = formatFactorLine(n, factors, text);
                checksum.addLine(std::string_view(text, std::size_t(size)));
                if (request.withLines) {
                    text[size] = '\n';
                    std::fwrite(text, 1, std::size_t(size) + 1, stdout);
                }
            }
            reply = FactorBatchProtocol::formatReply({request.id, checksum.value(), request.numbers.size()});
        }
        std::fwrite(reply.data(), 1, reply.size(), stdout);
        if (std::fflush(stdout) != 0)
            break; // the reader is gone
    }
    std::free(line);
    return 0;
}

} // namespace Lab::Worker
