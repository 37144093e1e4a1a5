// SPDX-License-Identifier: GPL-3.0-or-later
#include "livetext.h"

#include <QEvent>
#include <QLabel>

namespace Lab::Gui {

namespace {

// A child of the label: QWidget passes a LanguageChange on to its children, so this gets it too.
class LiveTextMaker final : public QObject
{
public:
    LiveTextMaker(QLabel *label, std::function<QString()> text)
        : QObject(label)
        , m_label(label)
        , m_text(std::move(text))
    {
        setObjectName(QStringLiteral("liveTextMaker"));
    }

    void setText(std::function<QString()> text) { m_text = std::move(text); }
    void show() { m_label->setText(m_text ? m_text() : QString()); }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            show();
        return QObject::event(event);
    }

private:
    QLabel *m_label;
    std::function<QString()> m_text;
};

} // namespace

void setLiveText(QLabel *label, std::function<QString()> text)
{
    // Only this file names a child "liveTextMaker", so the cast is safe.
    auto *maker = static_cast<LiveTextMaker *>(
        label->findChild<QObject *>(QStringLiteral("liveTextMaker"), Qt::FindDirectChildrenOnly));
    if (maker)
        maker->setText(std::move(text));
    else
        maker = new LiveTextMaker(label, std::move(text));
    maker->show();
}

} // namespace Lab::Gui
