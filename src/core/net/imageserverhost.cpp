// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageserverhost.h"

#include <QThread>

namespace Lab::Core {

ImageServerHost::ImageServerHost(QObject *parent)
    : QObject(parent)
{}

ImageServerHost::~ImageServerHost()
{
    stop();
}

bool ImageServerHost::start(const ImageServerOptions &options, quint16 port, int warmImages)
{
    stop();
    m_options = options;
    auto server = std::make_unique<ImageServer>(options);
    if (!server->listen(port)) {
        m_error = server->errorString();
        return false;
    }
    for (int i = 0; i < qMin(warmImages, options.maxImages); ++i)
        server->imageBytes(i);
    m_baseUrl = server->baseUrl();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("image-server"));
    m_server = server.release();
    m_server->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread->start();
    return true;
}

void ImageServerHost::stop()
{
    if (!m_thread)
        return;
    // The server is deleted on its own thread as the thread finishes (finished -> deleteLater).
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_server = nullptr;
}

QUrl ImageServerHost::imageUrl(int index) const
{
    QUrl url = m_baseUrl;
    url.setPath(ImageServer::imagePath(index));
    return url;
}

} // namespace Lab::Core
