// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationmanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

namespace Lab::Gui {

Q_LOGGING_CATEGORY(lcTranslation, "lab.gui.translation")

namespace {
constexpr QLatin1StringView LabPrefix("concurrency-lab_");
const QString I18nDir = QStringLiteral(":/i18n");
} // namespace

TranslationManager::TranslationManager(QObject *parent)
    : QObject(parent)
{}

TranslationManager::~TranslationManager()
{
    if (m_labInstalled)
        QCoreApplication::removeTranslator(&m_labTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
}

QStringList TranslationManager::availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(I18nDir).entryList({LabPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(LabPrefix.size()).chopped(3);
        if (!languages.contains(code))
            languages.append(code);
    }
    return languages;
}

QString TranslationManager::systemLanguage()
{
    const QStringList available = availableLanguages();
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = QLocale(ui).name().section(QLatin1Char('_'), 0, 0);
        if (available.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString TranslationManager::nativeName(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English"); // QLocale would say "American English"
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? language : name;
}

bool TranslationManager::setLanguage(const QString &language)
{
    if (!language.isEmpty() && !availableLanguages().contains(language))
        return false;
    m_language = language;
    const QString effective = language.isEmpty() ? systemLanguage() : language;
    if (effective == m_effective && (m_labInstalled || effective == QLatin1String("en")))
        return true;

    if (m_labInstalled)
        QCoreApplication::removeTranslator(&m_labTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_labInstalled = m_qtInstalled = false;

    if (effective != QLatin1String("en")) {
        if (m_labTranslator.load(LabPrefix + effective, I18nDir))
            m_labInstalled = QCoreApplication::installTranslator(&m_labTranslator);
        else
            qCWarning(lcTranslation) << "no translation for" << effective;
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (m_qtTranslator.load(QStringLiteral("qtbase_") + effective, qtDir))
            m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
        else
            qCDebug(lcTranslation) << "Qt's own translation for" << effective << "is not installed in" << qtDir;
    }
    m_effective = effective;
    QLocale::setDefault(QLocale(effective));
    emit languageChanged(m_effective);
    return true;
}

} // namespace Lab::Gui
