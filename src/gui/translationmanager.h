// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

namespace Lab::Gui {

// Loads the lab's own translation (embedded :/i18n/concurrency-lab_<lang>.qm) and Qt's
// (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath, when installed) and swaps them at run time.
// Installing a translator makes Qt send QEvent::LanguageChange to every widget, which retranslates
// itself in changeEvent().
class TranslationManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranslationManager)

public:
    explicit TranslationManager(QObject *parent = nullptr);
    ~TranslationManager() override;

    // Languages the lab ships: "en" (the source language) plus one per embedded .qm file.
    // Works before a QCoreApplication exists.
    static QStringList availableLanguages();
    // The first of the system's UI languages that the lab ships, else "en".
    static QString systemLanguage();
    // "English", "Deutsch": each language's name in that language.
    static QString nativeName(const QString &language);

    // `language` is one of availableLanguages(), or empty to follow the system locale.
    // Returns false (and changes nothing) for a language the lab does not ship.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }
    // What is actually shown: language(), or the system's when that is empty.
    QString effectiveLanguage() const { return m_effective; }

signals:
    void languageChanged(const QString &effectiveLanguage);

private:
    QString m_language;
    QString m_effective = QStringLiteral("en");
    QTranslator m_labTranslator;
    QTranslator m_qtTranslator;
    bool m_labInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace Lab::Gui
