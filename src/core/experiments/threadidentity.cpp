// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadidentity.h"

#include <QByteArray>
#include <QFile>

#include <pthread.h>
#include <unistd.h>

namespace Lab::Core::ThreadIdentity {

namespace {

QByteArray readTaskFile(pid_t tid, const char *file)
{
    QFile f(QStringLiteral("/proc/self/task/%1/%2").arg(tid).arg(QLatin1String(file)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Fields of /proc/.../stat after the command name: the name may hold spaces and ')' itself, so
// parsing starts after the LAST ')'. Returns field `number` (1-based as in proc(5)).
QByteArray statField(const QByteArray &stat, int number)
{
    const int close = stat.lastIndexOf(')');
    if (close < 0 || number < 3)
        return {};
    const QList<QByteArray> rest = stat.mid(close + 1).simplified().split(' ');
    const int index = number - 3;
    return index < rest.size() ? rest.at(index) : QByteArray();
}

} // namespace

pid_t currentTid()
{
    return gettid();
}

QString osThreadName(pid_t tid)
{
    return QString::fromUtf8(readTaskFile(tid, "comm")).trimmed();
}

void setCurrentOsThreadName(const QString &name)
{
    QByteArray bytes = name.toUtf8();
    bytes.truncate(MaxOsNameLength); // pthread_setname_np fails with ERANGE beyond 15 bytes
    pthread_setname_np(pthread_self(), bytes.constData());
}

QChar kernelState(pid_t tid)
{
    const QByteArray field = statField(readTaskFile(tid, "stat"), 3);
    return field.isEmpty() ? QChar() : QChar::fromLatin1(field.at(0));
}

int lastCpu(pid_t tid)
{
    bool ok = false;
    const int cpu = statField(readTaskFile(tid, "stat"), 39).toInt(&ok);
    return ok ? cpu : -1;
}

} // namespace Lab::Core::ThreadIdentity
