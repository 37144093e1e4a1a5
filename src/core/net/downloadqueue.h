// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>

namespace Lab::Core {

// The items a group of download workers share: each take() hands out the next one exactly once.
// Thread-safe; cancel() makes every later take() return false.
class DownloadQueue final
{
    Q_DISABLE_COPY_MOVE(DownloadQueue)
public:
    struct Entry
    {
        int index = -1;
        QString source;
    };

    explicit DownloadQueue(QList<Entry> entries)
        : m_entries(std::move(entries))
    {}

    bool take(Entry *entry)
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancelled.load() || m_next >= m_entries.size())
            return false;
        *entry = m_entries.at(m_next++);
        return true;
    }
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

private:
    QMutex m_mutex;
    QList<Entry> m_entries;
    qsizetype m_next = 0;
    std::atomic<bool> m_cancelled = false;
};

} // namespace Lab::Core
