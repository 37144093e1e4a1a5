// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

#include <limits>

namespace Lab::Gui {

namespace {

bool fitsSpinBox(qint64 min, qint64 max)
{
    return min >= std::numeric_limits<int>::min() && max <= std::numeric_limits<int>::max();
}

std::optional<bool> parseFlag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("on") || t == QLatin1String("yes"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("off") || t == QLatin1String("no"))
        return false;
    return std::nullopt;
}

QStringList splitList(const QString &text)
{
    QStringList parts;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts;
}

} // namespace

ParameterForm::ParameterForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(12);
}

ParameterForm::~ParameterForm() = default;

ParameterForm::Param &ParameterForm::add(const QString &key, Kind kind, const QString &label, QWidget *editor,
                                         bool wide)
{
    Q_ASSERT(!m_params.contains(key));
    Param param;
    param.kind = kind;
    param.label = new QLabel(label, this);
    param.label->setBuddy(editor);
    param.editor = editor;
    editor->setObjectName(QStringLiteral("param-") + key);
    param.label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    param.wide = wide;
    m_order.append(key);
    Param &added = *m_params.insert(key, param);
    relayout(m_shownColumns);
    return added;
}

void ParameterForm::relayout(int columns)
{
    m_shownColumns = columns;
    while (m_layout->count() > 0)
        delete m_layout->takeAt(0); // the widgets stay; only their places are redone
    for (int c = 0; c < 8; ++c)
        m_layout->setColumnStretch(c, 0);
    int row = 0;
    int column = 0;
    for (const QString &key : std::as_const(m_order)) {
        const Param &param = m_params[key];
        if (param.wide && column > 0) {
            ++row;
            column = 0;
        }
        m_layout->addWidget(param.label, row, 2 * column);
        if (param.wide) {
            m_layout->addWidget(param.editor, row, 1, 1, 2 * columns - 1);
            ++row;
        } else {
            m_layout->addWidget(param.editor, row, 2 * column + 1, Qt::AlignLeft);
            if (++column == columns) {
                column = 0;
                ++row;
            }
        }
    }
    if (m_advanced)
        m_layout->addWidget(m_advanced, column > 0 ? row + 1 : row, 0, 1, 2 * columns);
    for (int c = 0; c < columns; ++c)
        m_layout->setColumnStretch(2 * c + 1, 1);
}

QCheckBox *ParameterForm::setAdvanced(const QStringList &keys)
{
    if (!m_advanced) {
        m_advanced = new QCheckBox(this);
        m_advanced->setObjectName(QStringLiteral("moreSettings"));
        connect(m_advanced, &QCheckBox::toggled, this, [this](bool shown) {
            for (const QString &key : std::as_const(m_advancedKeys))
                setRowVisible(key, shown);
        });
    }
    m_advancedKeys = keys;
    for (const QString &key : keys)
        setRowVisible(key, m_advanced->isChecked());
    relayout(m_shownColumns);
    return m_advanced;
}

int ParameterForm::widthFor(int columns) const
{
    // Widest label and widest editor per column, as the grid would place them.
    QList<int> labels(columns, 0);
    QList<int> editors(columns, 0);
    int wideRow = 0;
    int column = 0;
    for (const QString &key : m_order) {
        const Param &param = m_params[key];
        if (param.label->isHidden() && param.editor->isHidden())
            continue;
        const int labelWidth = param.label->sizeHint().width();
        const int editorWidth = param.editor->sizeHint().width();
        if (param.wide) {
            wideRow = std::max(wideRow, labelWidth + m_layout->horizontalSpacing() + editorWidth);
            column = 0;
            continue;
        }
        labels[column] = std::max(labels[column], labelWidth);
        editors[column] = std::max(editors[column], editorWidth);
        column = (column + 1) % columns;
    }
    if (m_advanced)
        wideRow = std::max(wideRow, m_advanced->sizeHint().width());
    int total = 0;
    for (int c = 0; c < columns; ++c)
        total += labels[c] + editors[c] + 2 * m_layout->horizontalSpacing();
    return std::max(total, wideRow);
}

QSize ParameterForm::minimumSizeHint() const
{
    // As narrow as one column needs: resizeEvent() uses two columns when they fit.
    return {std::min(widthFor(1), QWidget::minimumSizeHint().width()), QWidget::minimumSizeHint().height()};
}

void ParameterForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int columns = m_columns > 1 && width() >= widthFor(m_columns) ? m_columns : 1;
    if (columns != m_shownColumns)
        relayout(columns);
}

void ParameterForm::addInt(const QString &key, const QString &label, qint64 min, qint64 max, qint64 value,
                           const QString &suffix)
{
    QWidget *editor = nullptr;
    if (fitsSpinBox(min, max)) {
        auto *spin = new QSpinBox(this);
        spin->setRange(int(min), int(max));
        spin->setValue(int(value));
        spin->setSuffix(suffix);
        spin->setGroupSeparatorShown(max >= 10000);
        spin->setAccelerated(true);
        connect(spin, &QSpinBox::valueChanged, this, [this, key] { emit changed(key); });
        editor = spin;
    } else {
        auto *line = new QLineEdit(QString::number(value), this);
        connect(line, &QLineEdit::textChanged, this, [this, key] { emit changed(key); });
        editor = line;
    }
    Param &param = add(key, Kind::Int, label, editor);
    param.min = min;
    param.max = max;
}

void ParameterForm::addUInt64(const QString &key, const QString &label, quint64 min, quint64 max, quint64 value)
{
    auto *line = new QLineEdit(QString::number(value), this);
    line->setMinimumWidth(line->fontMetrics().horizontalAdvance(QStringLiteral("18446744073709551615")) + 16);
    connect(line, &QLineEdit::textChanged, this, [this, key] { emit changed(key); });
    Param &param = add(key, Kind::UInt64, label, line);
    param.umin = min;
    param.umax = max;
}

void ParameterForm::addDouble(const QString &key, const QString &label, double min, double max, double value,
                              int decimals, const QString &suffix)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setDecimals(decimals);
    spin->setRange(min, max);
    spin->setValue(value);
    spin->setSuffix(suffix);
    spin->setSingleStep(decimals > 0 ? 0.1 : 1.0);
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key] { emit changed(key); });
    Param &param = add(key, Kind::Double, label, spin);
    param.dmin = min;
    param.dmax = max;
}

void ParameterForm::addFlag(const QString &key, const QString &label, bool value)
{
    auto *box = new QCheckBox(this);
    box->setChecked(value);
    connect(box, &QCheckBox::toggled, this, [this, key] { emit changed(key); });
    add(key, Kind::Flag, label, box);
}

void ParameterForm::addChoice(const QString &key, const QString &label, const QStringList &values, const QString &value,
                              const QStringList &shown)
{
    auto *combo = new QComboBox(this);
    for (qsizetype i = 0; i < values.size(); ++i)
        combo->addItem(i < shown.size() ? shown.at(i) : values.at(i), values.at(i));
    combo->setCurrentIndex(std::max<int>(0, int(values.indexOf(value))));
    connect(combo, &QComboBox::currentIndexChanged, this, [this, key] { emit changed(key); });
    Param &param = add(key, Kind::Choice, label, combo);
    param.values = values;
}

void ParameterForm::addChoiceList(const QString &key, const QString &label, const QStringList &values,
                                  const QStringList &checked)
{
    auto *row = new QWidget(this);
    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    // Three to a line: six strategies in one line would make the form wider than a presenter's column.
    constexpr int PerLine = 3;
    QList<QWidget *> boxes;
    for (const QString &value : values) {
        auto *box = new QCheckBox(value, row);
        box->setObjectName(QStringLiteral("param-%1-%2").arg(key, value));
        box->setChecked(checked.contains(value));
        connect(box, &QCheckBox::toggled, this, [this, key] { emit changed(key); });
        layout->addWidget(box, int(boxes.size()) / PerLine, int(boxes.size()) % PerLine);
        boxes.append(box);
    }
    layout->setColumnStretch(PerLine, 1);
    Param &param = add(key, Kind::ChoiceList, label, row, /*wide=*/true);
    param.values = values;
    param.boxes = boxes;
    if (!boxes.isEmpty())
        param.label->setBuddy(boxes.first());
}

void ParameterForm::addIntList(const QString &key, const QString &label, int min, int max, const QList<int> &value,
                               bool optional)
{
    QStringList parts;
    for (int v : value)
        parts.append(QString::number(v));
    auto *line = new QLineEdit(parts.join(QLatin1Char(',')), this);
    connect(line, &QLineEdit::textChanged, this, [this, key] { emit changed(key); });
    Param &param = add(key, Kind::IntList, label, line);
    param.min = min;
    param.max = max;
    param.optional = optional;
}

QWidget *ParameterForm::editor(const QString &key) const
{
    const auto it = m_params.constFind(key);
    return it == m_params.cend() ? nullptr : it->editor;
}

void ParameterForm::setLabel(const QString &key, const QString &label)
{
    const auto it = m_params.constFind(key);
    if (it != m_params.cend())
        it->label->setText(label);
}

void ParameterForm::setToolTip(const QString &key, const QString &tip)
{
    const auto it = m_params.constFind(key);
    if (it != m_params.cend()) {
        it->label->setToolTip(tip);
        it->editor->setToolTip(tip);
    }
}

void ParameterForm::setRowVisible(const QString &key, bool visible)
{
    const auto it = m_params.constFind(key);
    if (it != m_params.cend()) {
        it->label->setVisible(visible);
        it->editor->setVisible(visible);
    }
}

QString ParameterForm::allowedText(const Param &param)
{
    switch (param.kind) {
    case Kind::Int:
        return QStringLiteral("an integer from %1 to %2").arg(param.min).arg(param.max);
    case Kind::UInt64:
        return QStringLiteral("an integer from %1 to %2").arg(param.umin).arg(param.umax);
    case Kind::Double:
        return QStringLiteral("a number from %1 to %2").arg(param.dmin).arg(param.dmax);
    case Kind::Flag:
        return QStringLiteral("true or false");
    case Kind::Choice:
        return QStringLiteral("one of %1").arg(param.values.join(QStringLiteral(", ")));
    case Kind::ChoiceList:
        return QStringLiteral("a comma-separated list of %1").arg(param.values.join(QStringLiteral(", ")));
    case Kind::IntList:
        return QStringLiteral("a comma-separated list of integers from %1 to %2%3")
            .arg(param.min)
            .arg(param.max)
            .arg(param.optional ? QStringLiteral(", or nothing") : QString());
    }
    return {};
}

std::optional<QString> ParameterForm::check(const QString &key, const Param &param, const QString &value) const
{
    const QString text = value.trimmed();
    const auto reject = [&] {
        return QStringLiteral("%1: must be %2 (got \"%3\")").arg(key, allowedText(param), text);
    };
    bool ok = false;
    switch (param.kind) {
    case Kind::Int: {
        const qint64 v = text.toLongLong(&ok);
        if (!ok || v < param.min || v > param.max)
            return reject();
        break;
    }
    case Kind::UInt64: {
        const quint64 v = text.toULongLong(&ok);
        if (!ok || text.startsWith(QLatin1Char('-')) || v < param.umin || v > param.umax)
            return reject();
        break;
    }
    case Kind::Double: {
        const double v = text.toDouble(&ok);
        if (!ok || v < param.dmin || v > param.dmax)
            return reject();
        break;
    }
    case Kind::Flag:
        if (!parseFlag(text))
            return reject();
        break;
    case Kind::Choice:
        if (!param.values.contains(text))
            return reject();
        break;
    case Kind::ChoiceList: {
        const QStringList parts = splitList(text);
        QStringList unique = parts;
        if (parts.isEmpty() || unique.removeDuplicates() > 0)
            return reject();
        for (const QString &part : parts) {
            if (!param.values.contains(part))
                return reject();
        }
        break;
    }
    case Kind::IntList: {
        const QStringList parts = splitList(text);
        if (parts.isEmpty() && !param.optional)
            return reject();
        for (const QString &part : parts) {
            const int v = part.toInt(&ok);
            if (!ok || v < param.min || v > param.max)
                return reject();
        }
        break;
    }
    }
    return std::nullopt;
}

bool ParameterForm::set(const QString &key, const QString &value, QString *error)
{
    const auto it = m_params.constFind(key);
    if (it == m_params.cend()) {
        if (error)
            *error = QStringLiteral("%1: unknown setting (known: %2)").arg(key, m_order.join(QStringLiteral(", ")));
        return false;
    }
    if (const auto problem = check(key, *it, value)) {
        if (error)
            *error = *problem;
        return false;
    }
    const Param &param = *it;
    const QString text = value.trimmed();
    switch (param.kind) {
    case Kind::Int:
        if (auto *spin = qobject_cast<QSpinBox *>(param.editor))
            spin->setValue(text.toInt());
        else
            static_cast<QLineEdit *>(param.editor)->setText(QString::number(text.toLongLong()));
        break;
    case Kind::UInt64:
        static_cast<QLineEdit *>(param.editor)->setText(QString::number(text.toULongLong()));
        break;
    case Kind::Double:
        static_cast<QDoubleSpinBox *>(param.editor)->setValue(text.toDouble());
        break;
    case Kind::Flag:
        static_cast<QCheckBox *>(param.editor)->setChecked(*parseFlag(text));
        break;
    case Kind::Choice:
        static_cast<QComboBox *>(param.editor)->setCurrentIndex(int(param.values.indexOf(text)));
        break;
    case Kind::ChoiceList: {
        const QStringList parts = splitList(text);
        for (qsizetype i = 0; i < param.values.size(); ++i)
            static_cast<QCheckBox *>(param.boxes.at(i))->setChecked(parts.contains(param.values.at(i)));
        break;
    }
    case Kind::IntList:
        static_cast<QLineEdit *>(param.editor)->setText(splitList(text).join(QLatin1Char(',')));
        break;
    }
    return true;
}

bool ParameterForm::validate(QString *error) const
{
    for (const QString &key : m_order) {
        if (const auto problem = check(key, m_params.value(key), text(key))) {
            if (error)
                *error = *problem;
            return false;
        }
    }
    return true;
}

qint64 ParameterForm::intValue(const QString &key) const
{
    const Param param = m_params.value(key);
    if (auto *spin = qobject_cast<QSpinBox *>(param.editor))
        return spin->value();
    if (auto *line = qobject_cast<QLineEdit *>(param.editor))
        return line->text().trimmed().toLongLong();
    return 0;
}

quint64 ParameterForm::uint64Value(const QString &key) const
{
    const Param param = m_params.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(param.editor))
        return line->text().trimmed().toULongLong();
    return quint64(intValue(key));
}

double ParameterForm::doubleValue(const QString &key) const
{
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(m_params.value(key).editor))
        return spin->value();
    return 0;
}

bool ParameterForm::flag(const QString &key) const
{
    auto *box = qobject_cast<QCheckBox *>(m_params.value(key).editor);
    return box && box->isChecked();
}

QString ParameterForm::choice(const QString &key) const
{
    auto *combo = qobject_cast<QComboBox *>(m_params.value(key).editor);
    return combo ? combo->currentData().toString() : QString();
}

QStringList ParameterForm::choiceList(const QString &key) const
{
    const Param param = m_params.value(key);
    QStringList checked;
    for (qsizetype i = 0; i < param.boxes.size(); ++i) {
        if (static_cast<QCheckBox *>(param.boxes.at(i))->isChecked())
            checked.append(param.values.at(i));
    }
    return checked;
}

QList<int> ParameterForm::intList(const QString &key) const
{
    QList<int> values;
    if (auto *line = qobject_cast<QLineEdit *>(m_params.value(key).editor)) {
        for (const QString &part : splitList(line->text()))
            values.append(part.toInt());
    }
    return values;
}

QString ParameterForm::text(const QString &key) const
{
    const Param param = m_params.value(key);
    if (!param.editor)
        return {};
    switch (param.kind) {
    case Kind::Int:
        if (auto *spin = qobject_cast<QSpinBox *>(param.editor))
            return QString::number(spin->value());
        return static_cast<QLineEdit *>(param.editor)->text().trimmed();
    case Kind::UInt64:
    case Kind::IntList:
        return static_cast<QLineEdit *>(param.editor)->text().trimmed();
    case Kind::Double:
        return QString::number(doubleValue(key));
    case Kind::Flag:
        return flag(key) ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Choice:
        return choice(key);
    case Kind::ChoiceList:
        return choiceList(key).join(QLatin1Char(','));
    }
    return {};
}

void ParameterForm::setLocked(bool locked)
{
    for (const Param &param : std::as_const(m_params))
        param.editor->setEnabled(!locked);
}

} // namespace Lab::Gui
