// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageserver.h"

#include <QObject>
#include <QUrl>

class QThread;

namespace Lab::Core {

// Runs an ImageServer on its own thread ("image-server"), so the clients being measured (and the
// GUI) never delay its timers, and the server's work never runs on the caller's thread.
// start() listens on the caller's thread (a non-blocking bind) and then moves the server over, so
// the URL is known at once. The destructor stops the thread.
class ImageServerHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageServerHost)
public:
    explicit ImageServerHost(QObject *parent = nullptr);
    ~ImageServerHost() override;

    // `warmImages`: generate images 0 .. warmImages - 1 before serving, so the first requests do not
    // pay for encoding.
    bool start(const ImageServerOptions &options, quint16 port = 0, int warmImages = 0);
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    QString errorString() const { return m_error; }

    QUrl baseUrl() const { return m_baseUrl; }
    QUrl imageUrl(int index) const;
    ImageServerOptions options() const { return m_options; }
    // Only for its thread-safe counters; the server itself lives on another thread.
    const ImageServer *server() const { return m_server; }

private:
    QThread *m_thread = nullptr;
    ImageServer *m_server = nullptr;
    ImageServerOptions m_options;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace Lab::Core
