// SPDX-License-Identifier: GPL-3.0-or-later
#include "machinereaders.h"
#include "machinesource.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace Lab::Core::MachineReaders {

namespace {

// PRETTY_NAME, else NAME, of an os-release file. Only for fixture roots: QSysInfo reads the same
// files but always those of this machine.
QString osReleaseName(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString name;
    for (const QString &line : lines) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0)
            continue;
        const QString key = line.left(equals).trimmed();
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
            value = value.mid(1, value.size() - 2);
        if (key == QLatin1String("PRETTY_NAME") && !value.isEmpty())
            return value;
        if (key == QLatin1String("NAME"))
            name = value;
    }
    return name;
}

QString liveOsName()
{
    // Without an os-release (or lsb-release) file QSysInfo falls back to the kernel's name and
    // version for the pretty name and says "unknown" for the product type: no name, then.
    if (QSysInfo::productType() == QLatin1String("unknown"))
        return {};
    return QSysInfo::prettyProductName();
}

QString liveKernel()
{
    // QSysInfo gives uname's sysname in lower case ("linux"); reports say "Linux" as uname -s does.
    QString type = QSysInfo::kernelType();
    const QString version = QSysInfo::kernelVersion();
    if (!type.isEmpty())
        type[0] = type.at(0).toUpper();
    if (version.isEmpty())
        return type;
    return type.isEmpty() ? version : type + QLatin1Char(' ') + version;
}

} // namespace

void readOperatingSystem(const MachineSource &source, MachineInfo *info)
{
    QString os;
    if (source.isLive()) {
        os = liveOsName();
        info->kernel = liveKernel();
    } else {
        os = osReleaseName(source.text(QStringLiteral("etc/os-release")));
        if (os.isEmpty())
            os = osReleaseName(source.text(QStringLiteral("usr/lib/os-release")));
        const QString osType = source.line(QStringLiteral("proc/sys/kernel/ostype"));
        const QString osRelease = source.line(QStringLiteral("proc/sys/kernel/osrelease"));
        if (!osRelease.isEmpty())
            info->kernel = osType.isEmpty() ? osRelease : osType + QLatin1Char(' ') + osRelease;
    }
    if (os.isEmpty()) {
        os = MachineInfoTr::tr("unknown");
        info->notes.append(MachineInfoTr::tr("The operating system is not named in /etc/os-release."));
    }
    info->os = os;
    if (info->kernel.isEmpty())
        info->kernel = MachineInfoTr::tr("unknown");
}

} // namespace Lab::Core::MachineReaders
