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

namespace {

// The port, then the server's own parameters as `run download` and the downloads panel take them.
const ParameterSchema &serveSchema()
{
    static const ParameterSchema schema(
        QList<ParameterSpec>{ParameterSpec::integer(
            QStringLiteral("port"), QT_TRANSLATE_NOOP("Lab::Core::Parameters", "Port"),
            QT_TRANSLATE_NOOP("Lab::Core::Parameters", "TCP port on 127.0.0.1 (0: a free one)."), 0, 65535, 0)} +
        ImageServerOptions::schema().specs());
    return schema;
}

} // namespace

QString serveSynopsis()
{
    return QStringLiteral("serve ") + serveSchema().synopsis();
}

int runServeCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("serve");
    const ParameterSchema &schema = serveSchema();
    QCommandLineParser parser;
    schema.addOptions(parser);
    OptionReader reader(parser, command);
    ParameterValues values;
    if (!reader.parse(arguments) || !reader.read(schema, &values))
        return reader.fail();
    const int port = int(values.integer(QStringLiteral("port")));
    const ImageServerOptions options = ImageServerOptions::fromValues(values);

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
