// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/parameterschema.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <algorithm>
#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QGridLayout;
class QLabel;
QT_END_NAMESPACE

namespace Lab::Gui {

// The controls of an experiment, each under the key that `--set KEY=VALUE`, `--play` and the headless
// options use ("count", "workers", "strategies"). Best built from the experiment's one declaration in
// core (addSchema(): controls, labels, help, folding and validation from a Core::ParameterSchema);
// the add...() calls remain for panel-only settings. Every value is checked by
// Core::ParameterSpec::check, as the headless commands check theirs: `count: must be an integer from
// 1 to 1000000 (got "0")`, so a panel never validates by hand.
//
//   form->addSchema(Core::raceSchema());
//   form->addInt("threads", tr("Threads"), 1, 64, 4);
//   form->addChoiceList("strategies", tr("Strategies"), {"sequential", "threads"}, {"sequential", "threads"});
//   ... form->intValue("threads"), form->choiceList("strategies")
//
// Labels are translated by the panel (pass tr(...)) and refreshed with setLabel() on LanguageChange.
class ParameterForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParameterForm)

public:
    explicit ParameterForm(QWidget *parent = nullptr);
    ~ParameterForm() override;

    // Integers with a spin box (range within int) or a text field (wider ranges, up to 2^64-1).
    void addInt(const QString &key, const QString &label, qint64 min, qint64 max, qint64 value,
                const QString &suffix = {});
    void addUInt64(const QString &key, const QString &label, quint64 min, quint64 max, quint64 value);
    void addDouble(const QString &key, const QString &label, double min, double max, double value, int decimals = 2,
                   const QString &suffix = {});
    void addFlag(const QString &key, const QString &label, bool value);
    // One of `values` (the keys `--set` takes); `shown` are the combo box texts (default: the values).
    void addChoice(const QString &key, const QString &label, const QStringList &values, const QString &value,
                   const QStringList &shown = {});
    // Any non-empty subset of `values`, as a row of check boxes; `--set key=a,b`.
    void addChoiceList(const QString &key, const QString &label, const QStringList &values, const QStringList &checked);
    // Comma-separated integers in [min, max], e.g. worker counts "1,2,4"; `optional`: may be empty.
    void addIntList(const QString &key, const QString &label, int min, int max, const QList<int> &value,
                    bool optional = false);

    // A control per parameter of `schema`, labelled and explained by it (retranslated on a language
    // change); parameters marked advanced are folded behind setAdvanced()'s check box.
    void addSchema(const Core::ParameterSchema &schema);
    void addSpec(const Core::ParameterSpec &spec);
    // Every control's value, typed as the schema's parse() makes them.
    Core::ParameterValues values() const;

    QStringList keys() const { return m_order; }
    bool contains(const QString &key) const { return m_params.contains(key); }
    QWidget *editor(const QString &key) const;
    void setLabel(const QString &key, const QString &label);
    void setToolTip(const QString &key, const QString &tip);
    // Shows or hides a row; hidden rows leave no gap (the grid is laid out again).
    void setRowVisible(const QString &key, bool visible);
    bool isRowVisible(const QString &key) const;
    // The keys of the rows that apply now: the visible ones and those folded behind setAdvanced()
    // (a row the panel hid, as not part of the chosen scenario, is left out).
    QStringList appliedKeys() const;
    // Folds `keys` (workload sizes, repetitions) behind a check box at the end of the form, unchecked
    // at first, so the form stays short at projector size. The box reads "More settings" until the
    // panel sets a text of its own.
    QCheckBox *setAdvanced(const QStringList &keys);
    QCheckBox *advancedToggle() const { return m_advanced; }

    // Validates and applies `value`; on failure *error is one line naming the key and the allowed values.
    bool set(const QString &key, const QString &value, QString *error);
    // Checks every control (text fields can hold anything); the first problem in *error.
    bool validate(QString *error) const;

    qint64 intValue(const QString &key) const;
    quint64 uint64Value(const QString &key) const;
    double doubleValue(const QString &key) const;
    bool flag(const QString &key) const;
    QString choice(const QString &key) const;
    QStringList choiceList(const QString &key) const;
    QList<int> intList(const QString &key) const;
    // True when the control holds its spec's default (false when the spec has none).
    bool isDefault(const QString &key) const;
    // The value as `--set` would spell it.
    QString text(const QString &key) const;

    // Locks the controls while a run is in flight.
    void setLocked(bool locked);

    QSize minimumSizeHint() const override;
    int shownColumns() const { return m_shownColumns; }

signals:
    void changed(const QString &key);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    using Kind = Core::ParameterSpec::Kind;
    struct Param
    {
        Core::ParameterSpec spec; // kind, allowed values; labels and help when fromSchema
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QList<QWidget *> boxes; // ChoiceList check boxes
        bool wide = false;      // a row of its own (lists of check boxes)
        bool fromSchema = false;
        bool hidden = false; // setRowVisible(false): left out of the grid
    };

    Param &add(const Core::ParameterSpec &spec, const QString &label, QWidget *editor, bool wide = false);
    void relayout(int columns);
    int widthFor(int columns, bool wideBeside = true) const;
    std::optional<QString> check(const QString &key, const Param &param, const QString &value) const;

    QGridLayout *m_layout = nullptr;
    int m_columns = 2;      // at most, when the width allows
    int m_shownColumns = 2; // as laid out now
    // A wide row (a list of check boxes) whose label and editor do not fit side by side has its
    // label on a line of its own above the editor (six strategies at 160 % type on a 1280 px screen).
    bool m_wideBelow = false;
    int wideRowWidth() const; // label, spacing and editor of the widest wide row, as the grid places them
    QCheckBox *m_advanced = nullptr;
    QString m_advancedDefaultText;
    QStringList m_advancedKeys;
    QStringList m_order;
    QHash<QString, Param> m_params;
};

} // namespace Lab::Gui
