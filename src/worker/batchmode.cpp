// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchmode.h"

#include "core/workloads/factorbatchprotocol.h"
#include "core/workloads/factorchecksum.h"

#include <cstdio>
#include <cstdlib>

namespace Lab::Worker {

int BatchMode::run()
{
    using namespace Lab::Core;
    static char outputBuffer[1 << 16];
    std::setvbuf(stdout, outputBuffer, _IOFBF, sizeof outputBuffer);

    char *line = nullptr;
    std::size_t capacity = 0;
    FactorBatchRequest request;
    QByteArray error;
    QByteArray idText;
    for (;;) {
        const ssize_t length = ::getline(&line, &capacity, stdin);
        if (length < 0)
            break; // stdin closed: the lab is done with us (or gone)
        QByteArrayView view(line, length);
        if (view.endsWith('\n'))
            view.chop(1);
        QByteArray reply;
        if (!FactorBatchProtocol::parseRequest(view, &request, &error, &idText)) {
            reply = FactorBatchProtocol::formatError(idText, error);
        } else {
            FactorChecksum checksum;
            char text[MaxFactorLine + 1];
            for (quint64 n : std::as_const(request.numbers)) {
                const Factors factors = factorize(n, request.algorithm);
                const int size = formatFactorLine(n, factors, text);
                checksum.addLine(QByteArrayView(text, size));
                if (request.withLines) {
                    text[size] = '\n';
                    std::fwrite(text, 1, std::size_t(size) + 1, stdout);
                }
            }
            reply = FactorBatchProtocol::formatReply({request.id, checksum.value(), quint64(request.numbers.size())});
        }
        std::fwrite(reply.constData(), 1, std::size_t(reply.size()), stdout);
        if (std::fflush(stdout) != 0)
            break; // the reader is gone
    }
    std::free(line);
    return 0;
}

} // namespace Lab::Worker
