// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Lab::Gui {

// One step of a `--play FILE` lecture script (docs/presenter.md). Pure data: parsed and validated
// before any window exists.
struct PlayStep
{
    enum class Kind
    {
        Topic,    // {"topic": "threads"}
        Set,      // {"set": {"count": "200"}}
        Run,      // {"run": true}
        WaitMs,   // {"wait": 2000}
        WaitRun,  // {"wait": "finished"}
        PauseKey, // {"pause": "key"}: until PageDown, Right or Space
        Present,  // {"present": true}
        Language  // {"language": "de"}
    };

    Kind kind = Kind::Topic;
    QString topic;                               // Topic
    QList<std::pair<QString, QString>> settings; // Set, in file order
    int waitMs = 0;                              // WaitMs
    bool present = true;                         // Present
    QString language;                            // Language: a code TranslationManager offers
};

// The longest {"wait": N} accepted, in milliseconds.
inline constexpr int MaxPlayWaitMs = 600000;

// Parses a script. On failure returns false and sets *error to one line naming the step (counted
// from 1) and the field, e.g. `step 3: "wait" must be ... (got "soon")`. Topic ids are checked
// against the registry; parameter keys need the experiment and are checked by ScriptPlayer::validate().
bool parsePlayScript(const QByteArray &json, QList<PlayStep> *steps, QString *error);

// Splits a `--set` argument "KEY=VALUE" (key non-empty, value may be empty). False when there is no '='.
bool parseSetArgument(const QString &argument, std::pair<QString, QString> *setting);

} // namespace Lab::Gui
