// SPDX-License-Identifier: GPL-3.0-or-later
#include "servecommand.h"

#include "core/cli/benchmarkcommand.h"
#include "core/cli/optionreader.h"
#include "imageserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>

namespace Lab::Core {

int runServeCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("serve");
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0: a free one)."), QStringLiteral("N")},
        {QStringLiteral("latency-ms"), QStringLiteral("Delay before each reply."), QStringLiteral("MS")},
        {QStringLiteral("size-kb"), QStringLiteral("Size of each image in KiB."), QStringLiteral("KB")},
        {QStringLiteral("bandwidth-kbps"), QStringLiteral("Uplink in kilobit/s (0: unlimited)."), QStringLiteral("K")},
        {QStringLiteral("failure-rate"), QStringLiteral("Fraction of HTTP 500 replies."), QStringLiteral("R")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the failure draw."), QStringLiteral("N")},
    });
    OptionReader reader(parser, command);
    if (!reader.parse(arguments))
        return reader.fail();
    int port = 0;
    ImageServerOptions options;
    qint64 seed = options.seed;
    if (!reader.readInt(QStringLiteral("port"), 0, 65535, &port) ||
        !reader.readInt(QStringLiteral("latency-ms"), 0, 60000, &options.latencyMs) ||
        !reader.readInt(QStringLiteral("size-kb"), 1, 20000, &options.sizeKb) ||
        !reader.readInt(QStringLiteral("bandwidth-kbps"), 0, 10000000, &options.bandwidthKbps) ||
        !reader.readDouble(QStringLiteral("failure-rate"), 0.0, 1.0, &options.failureRate) ||
        !reader.readInt(QStringLiteral("seed"), qint64(0), qint64(0xFFFFFFFFu), &seed))
        return reader.fail();
    options.seed = quint32(seed);

    ImageServer server(options);
    if (!server.listen(quint16(port)))
        return reader.fail(QStringLiteral("--port: must be a free port from 0 to 65535 (got \"%1\": %2)")
                               .arg(port)
                               .arg(server.errorString()));

    InterruptNotifier interrupt;
    if (!interrupt.isActive())
        return reader.fail(QStringLiteral("cannot install the signal handler"));
    int received = 0;
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, &interrupt, [&received](int signal) {
        received = signal;
        QCoreApplication::quit();
    });

    const QString banner = QCoreApplication::translate("Lab::Core::ServeCommand",
                                                       "Serving generated images at %1 (for example %2)\n"
                                                       "latency %3 ms, size %4 KiB, bandwidth %5, failure rate %6. "
                                                       "Press Ctrl+C to stop.\n")
                               .arg(server.baseUrl().toString(), server.imageUrl(0).toString())
                               .arg(options.latencyMs)
                               .arg(options.sizeKb)
                               .arg(options.bandwidthKbps > 0 ? QStringLiteral("%1 kbit/s").arg(options.bandwidthKbps)
                                                              : QStringLiteral("unlimited"))
                               .arg(options.failureRate);
    std::fputs(banner.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);

    QCoreApplication::exec();

    server.close();
    const QString bye = QCoreApplication::translate("Lab::Core::ServeCommand", "Stopped (%1) after %2 requests.\n")
                            .arg(QString::fromLatin1(received == SIGTERM ? "SIGTERM" : "SIGINT"))
                            .arg(server.requestsReceived());
    std::fputs(bye.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace Lab::Core
