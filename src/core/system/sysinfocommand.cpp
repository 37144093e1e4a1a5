// SPDX-License-Identifier: GPL-3.0-or-later
#include "sysinfocommand.h"

#include "core/cli/optionreader.h"
#include "machineinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace Lab::Core {

int runSysinfoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("Lab::Core::MachineInfo", "Print the environment block as JSON.")});
    OptionReader reader(parser, QStringLiteral("sysinfo"));
    if (!reader.parse(arguments))
        return reader.fail();

    const MachineInfo info = MachineInfo::read();
    const QByteArray out = parser.isSet(QStringLiteral("json"))
                               ? QJsonDocument(info.toEnvironmentJson()).toJson(QJsonDocument::Indented)
                               : info.toText().toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace Lab::Core
