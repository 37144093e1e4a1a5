// SPDX-License-Identifier: GPL-3.0-or-later
#include "playscript.h"

#include "gui/topics/topicregistry.h"
#include "gui/translationmanager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lab::Gui {

namespace {

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QStringLiteral("\"%1\"").arg(value.toString());
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    return value.isArray() ? QStringLiteral("a list") : QStringLiteral("an object");
}

const QString StepKinds = QStringLiteral("topic, set, run, wait, pause, present, language");

} // namespace

bool parsePlayScript(const QByteArray &json, QList<PlayStep> *steps, QString *error)
{
    Q_ASSERT(steps && error);
    steps->clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    if (!document.isArray()) {
        *error = QStringLiteral("must be a JSON list of steps, e.g. [{\"topic\": \"threads\"}, {\"run\": true}]");
        return false;
    }
    const QJsonArray array = document.array();
    if (array.isEmpty()) {
        *error = QStringLiteral("the list of steps is empty");
        return false;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("step %1").arg(i + 1);
        if (!array.at(i).isObject()) {
            *error = QStringLiteral("%1: must be an object with one of %2 (got %3)")
                         .arg(where, StepKinds, shown(array.at(i)));
            return false;
        }
        const QJsonObject object = array.at(i).toObject();
        if (object.size() != 1) {
            *error = QStringLiteral("%1: must have exactly one field, one of %2 (got %3)")
                         .arg(where, StepKinds,
                              object.isEmpty() ? QStringLiteral("none") : object.keys().join(QStringLiteral(", ")));
            return false;
        }
        const QString field = object.begin().key();
        const QJsonValue value = object.begin().value();
        PlayStep step;
        if (field == QLatin1String("topic")) {
            step.kind = PlayStep::Kind::Topic;
            step.topic = value.toString();
            if (!value.isString() || !findTopic(step.topic)) {
                *error = QStringLiteral("%1: \"topic\" must be one of %2 (got %3)")
                             .arg(where, topicIds().join(QStringLiteral(", ")), shown(value));
                return false;
            }
        } else if (field == QLatin1String("set")) {
            step.kind = PlayStep::Kind::Set;
            if (!value.isObject() || value.toObject().isEmpty()) {
                *error = QStringLiteral(
                             "%1: \"set\" must be an object of KEY: VALUE pairs, e.g. {\"count\": \"200\"} (got %2)")
                             .arg(where, shown(value));
                return false;
            }
            const QJsonObject settings = value.toObject();
            for (auto it = settings.begin(); it != settings.end(); ++it) {
                QString text;
                if (it.value().isString())
                    text = it.value().toString();
                else if (it.value().isDouble())
                    text = QString::number(it.value().toDouble(), 'g', 15);
                else if (it.value().isBool())
                    text = it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false");
                else {
                    *error = QStringLiteral("%1: \"set\": \"%2\" must be a string or a number (got %3)")
                                 .arg(where, it.key(), shown(it.value()));
                    return false;
                }
                step.settings.append({it.key(), text});
            }
        } else if (field == QLatin1String("run")) {
            step.kind = PlayStep::Kind::Run;
            if (value != QJsonValue(true)) {
                *error = QStringLiteral("%1: \"run\" must be true (got %2)").arg(where, shown(value));
                return false;
            }
        } else if (field == QLatin1String("wait")) {
            if (value.isString() && value.toString() == QLatin1String("finished")) {
                step.kind = PlayStep::Kind::WaitRun;
            } else if (value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= MaxPlayWaitMs &&
                       value.toDouble() == double(qint64(value.toDouble()))) {
                step.kind = PlayStep::Kind::WaitMs;
                step.waitMs = int(value.toDouble());
            } else {
                *error = QStringLiteral("%1: \"wait\" must be milliseconds 0..%2 or \"finished\" (got %3)")
                             .arg(where)
                             .arg(MaxPlayWaitMs)
                             .arg(shown(value));
                return false;
            }
        } else if (field == QLatin1String("pause")) {
            step.kind = PlayStep::Kind::PauseKey;
            if (value != QJsonValue(QStringLiteral("key"))) {
                *error = QStringLiteral("%1: \"pause\" must be \"key\" (got %2)").arg(where, shown(value));
                return false;
            }
        } else if (field == QLatin1String("present")) {
            step.kind = PlayStep::Kind::Present;
            if (!value.isBool()) {
                *error = QStringLiteral("%1: \"present\" must be true or false (got %2)").arg(where, shown(value));
                return false;
            }
            step.present = value.toBool();
        } else if (field == QLatin1String("language")) {
            step.kind = PlayStep::Kind::Language;
            step.language = value.toString();
            const QStringList languages = TranslationManager::availableLanguages();
            if (!value.isString() || !languages.contains(step.language)) {
                *error = QStringLiteral("%1: \"language\" must be one of %2 (got %3)")
                             .arg(where, languages.join(QStringLiteral(", ")), shown(value));
                return false;
            }
        } else {
            *error = QStringLiteral("%1: unknown field \"%2\" (allowed: %3)").arg(where, field, StepKinds);
            return false;
        }
        steps->append(step);
    }
    return true;
}

bool parseSetArgument(const QString &argument, std::pair<QString, QString> *setting)
{
    const qsizetype equals = argument.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return false;
    setting->first = argument.left(equals).trimmed();
    setting->second = argument.mid(equals + 1).trimmed();
    return !setting->first.isEmpty();
}

} // namespace Lab::Gui
