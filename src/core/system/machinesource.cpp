// SPDX-License-Identifier: GPL-3.0-or-later
#include "machinesource.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Lab::Core {

MachineSource::MachineSource(const QString &rootPath)
    : m_root(rootPath)
    , m_live(QFileInfo(rootPath).canonicalFilePath() == QLatin1String("/"))
{}

QString MachineSource::text(const QString &relative) const
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // /proc files report size 0: read until EOF rather than trusting size().
    return QString::fromUtf8(file.readAll());
}

QString MachineSource::line(const QString &relative) const
{
    const QString content = text(relative);
    return content.isNull() ? QString() : content.trimmed();
}

bool MachineSource::readInt(const QString &relative, int *value) const
{
    bool ok = false;
    const int parsed = line(relative).toInt(&ok);
    if (ok)
        *value = parsed;
    return ok;
}

QList<int> MachineSource::numberedEntries(const QString &relativeFolder, const QString &prefix) const
{
    const QRegularExpression pattern(QLatin1Char('^') + prefix + QStringLiteral("(\\d+)$"));
    QList<int> numbers;
    const QStringList names = QDir(path(relativeFolder)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            numbers.append(match.captured(1).toInt());
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

} // namespace Lab::Core
