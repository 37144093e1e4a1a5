// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
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

using Spec = Core::ParameterSpec;

} // namespace

ParameterForm::ParameterForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(12);
}

ParameterForm::~ParameterForm() = default;

ParameterForm::Param &ParameterForm::add(const Core::ParameterSpec &spec, const QString &label, QWidget *editor,
                                         bool wide)
{
    const QString key = spec.key;
    Q_ASSERT(!m_params.contains(key));
    Param param;
    param.spec = spec;
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
        if (param.hidden)
            continue;
        if (param.wide && column > 0) {
            ++row;
            column = 0;
        }
        if (param.wide && m_wideBelow) {
            m_layout->addWidget(param.label, row++, 0, 1, 2 * columns);
            m_layout->addWidget(param.editor, row++, 0, 1, 2 * columns);
            continue;
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
        // A default text, until the panel names what it folds (kept across language changes).
        m_advancedDefaultText = tr("More settings");
        m_advanced->setText(m_advancedDefaultText);
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

int ParameterForm::wideRowWidth() const
{
    // The first column is as wide as its widest label, a wide row's included.
    int labels = 0;
    int editor = 0;
    for (const QString &key : m_order) {
        const Param &param = m_params[key];
        if (param.hidden)
            continue;
        labels = std::max(labels, param.label->sizeHint().width());
        if (param.wide)
            editor = std::max(editor, param.editor->minimumSizeHint().width());
    }
    return editor > 0 ? labels + m_layout->horizontalSpacing() + editor : 0;
}

int ParameterForm::widthFor(int columns, bool wideBeside) const
{
    // Widest label and widest editor per column, as the grid would place them.
    QList<int> labels(columns, 0);
    QList<int> editors(columns, 0);
    int wideRow = 0;
    int column = 0;
    for (const QString &key : m_order) {
        const Param &param = m_params[key];
        if (param.hidden)
            continue;
        const int labelWidth = param.label->sizeHint().width();
        const int editorWidth = param.editor->sizeHint().width();
        if (param.wide) {
            wideRow = std::max(wideRow, wideBeside ? labelWidth + m_layout->horizontalSpacing() + editorWidth
                                                   : std::max(labelWidth, param.editor->minimumSizeHint().width()));
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
    // As narrow as one column needs, wide rows under their labels: resizeEvent() uses two columns
    // and puts the labels beside when they fit.
    const QMargins margins = m_layout->contentsMargins();
    return {std::min(widthFor(1, false) + margins.left() + margins.right(), QWidget::minimumSizeHint().width()),
            QWidget::minimumSizeHint().height()};
}

void ParameterForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const QMargins margins = m_layout->contentsMargins();
    const bool wideBelow = width() - margins.left() - margins.right() < wideRowWidth();
    const bool changed = wideBelow != m_wideBelow;
    m_wideBelow = wideBelow;
    const int columns = m_columns > 1 && width() >= widthFor(m_columns) ? m_columns : 1;
    if (columns != m_shownColumns || changed)
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
    add(Spec::integer(key, nullptr, nullptr, min, max, value, suffix), label, editor);
}

void ParameterForm::addUInt64(const QString &key, const QString &label, quint64 min, quint64 max, quint64 value)
{
    auto *line = new QLineEdit(QString::number(value), this);
    line->setMinimumWidth(line->fontMetrics().horizontalAdvance(QStringLiteral("18446744073709551615")) + 16);
    connect(line, &QLineEdit::textChanged, this, [this, key] { emit changed(key); });
    add(Spec::uint64(key, nullptr, nullptr, min, max, value), label, line);
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
    add(Spec::number(key, nullptr, nullptr, min, max, value, decimals, suffix), label, spin);
}

void ParameterForm::addFlag(const QString &key, const QString &label, bool value)
{
    auto *box = new QCheckBox(this);
    box->setChecked(value);
    connect(box, &QCheckBox::toggled, this, [this, key] { emit changed(key); });
    add(Spec::flag(key, nullptr, nullptr, value), label, box);
}

void ParameterForm::addChoice(const QString &key, const QString &label, const QStringList &values, const QString &value,
                              const QStringList &shown)
{
    auto *combo = new QComboBox(this);
    for (qsizetype i = 0; i < values.size(); ++i)
        combo->addItem(i < shown.size() ? shown.at(i) : values.at(i), values.at(i));
    combo->setCurrentIndex(std::max<int>(0, int(values.indexOf(value))));
    connect(combo, &QComboBox::currentIndexChanged, this, [this, key] { emit changed(key); });
    add(Spec::choice(key, nullptr, nullptr, values, value), label, combo);
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
    Param &param = add(Spec::choiceList(key, nullptr, nullptr, values, checked), label, row, /*wide=*/true);
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
    add(Spec::intList(key, nullptr, nullptr, min, max, value, optional), label, line);
}

void ParameterForm::addSpec(const Core::ParameterSpec &spec)
{
    const QVariant value = spec.parse(spec.defaultValue);
    switch (spec.kind) {
    case Kind::Int:
        addInt(spec.key, spec.label(), spec.min, spec.max, value.toLongLong(),
               spec.unit.isEmpty() ? QString() : QLatin1Char(' ') + spec.unit);
        break;
    case Kind::UInt64:
        addUInt64(spec.key, spec.label(), spec.umin, spec.umax, value.toULongLong());
        break;
    case Kind::Double:
        addDouble(spec.key, spec.label(), spec.dmin, spec.dmax, value.toDouble(), spec.decimals,
                  spec.unit.isEmpty() ? QString() : QLatin1Char(' ') + spec.unit);
        break;
    case Kind::Flag:
        addFlag(spec.key, spec.label(), value.toBool());
        break;
    case Kind::Choice:
        addChoice(spec.key, spec.label(), spec.choices, value.toString());
        break;
    case Kind::ChoiceList:
        addChoiceList(spec.key, spec.label(), spec.choices, value.toStringList());
        break;
    case Kind::IntList: {
        QList<int> list;
        for (int v : value.value<QList<int>>())
            list.append(v);
        addIntList(spec.key, spec.label(), int(spec.min), int(spec.max), list, spec.optional);
        break;
    }
    case Kind::Text: {
        auto *line = new QLineEdit(value.toString(), this);
        line->setPlaceholderText(spec.valueName);
        const QString key = spec.key;
        connect(line, &QLineEdit::textChanged, this, [this, key] { emit changed(key); });
        add(spec, spec.label(), line);
        break;
    }
    }
    // The declaration is the one the form validates with, labels and help included.
    Param &param = m_params[spec.key];
    param.spec = spec;
    param.fromSchema = true;
    setToolTip(spec.key, spec.help());
}

void ParameterForm::addSchema(const Core::ParameterSchema &schema)
{
    QStringList folded;
    for (const Core::ParameterSpec &spec : schema.specs()) {
        addSpec(spec);
        if (spec.advanced)
            folded.append(spec.key);
    }
    if (!folded.isEmpty())
        setAdvanced(m_advancedKeys + folded);
}

Core::ParameterValues ParameterForm::values() const
{
    Core::ParameterValues values;
    for (const QString &key : m_order) {
        const Param &param = m_params[key];
        values.set(key, param.spec.parse(text(key)), true);
    }
    return values;
}

void ParameterForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_advanced && m_advanced->text() == m_advancedDefaultText) {
            m_advancedDefaultText = tr("More settings");
            m_advanced->setText(m_advancedDefaultText);
        }
        for (const QString &key : std::as_const(m_order)) {
            const Param &param = m_params[key];
            if (!param.fromSchema)
                continue;
            param.label->setText(param.spec.label());
            setToolTip(key, param.spec.help());
        }
    }
    QWidget::changeEvent(event);
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
    const auto it = m_params.find(key);
    if (it == m_params.end() || it->hidden == !visible)
        return;
    it->hidden = !visible;
    it->label->setVisible(visible);
    it->editor->setVisible(visible);
    relayout(m_shownColumns);
}

QStringList ParameterForm::appliedKeys() const
{
    const bool folded = m_advanced && !m_advanced->isChecked();
    QStringList keys;
    for (const QString &key : m_order) {
        if (!m_params[key].hidden || (folded && m_advancedKeys.contains(key)))
            keys.append(key);
    }
    return keys;
}

bool ParameterForm::isRowVisible(const QString &key) const
{
    const auto it = m_params.constFind(key);
    return it != m_params.cend() && !it->hidden;
}

std::optional<QString> ParameterForm::check(const QString &key, const Param &param, const QString &value) const
{
    if (const auto problem = param.spec.check(value))
        return QStringLiteral("%1: %2").arg(key, *problem);
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
    switch (param.spec.kind) {
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
        static_cast<QCheckBox *>(param.editor)->setChecked(*Spec::parseFlag(text));
        break;
    case Kind::Choice:
        static_cast<QComboBox *>(param.editor)->setCurrentIndex(int(param.spec.choices.indexOf(text)));
        break;
    case Kind::ChoiceList: {
        const QStringList parts = Spec::splitList(text);
        for (qsizetype i = 0; i < param.spec.choices.size(); ++i)
            static_cast<QCheckBox *>(param.boxes.at(i))->setChecked(parts.contains(param.spec.choices.at(i)));
        break;
    }
    case Kind::IntList:
        static_cast<QLineEdit *>(param.editor)->setText(Spec::splitList(text).join(QLatin1Char(',')));
        break;
    case Kind::Text:
        static_cast<QLineEdit *>(param.editor)->setText(text);
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
            checked.append(param.spec.choices.at(i));
    }
    return checked;
}

QList<int> ParameterForm::intList(const QString &key) const
{
    QList<int> values;
    if (auto *line = qobject_cast<QLineEdit *>(m_params.value(key).editor)) {
        for (const QString &part : Spec::splitList(line->text()))
            values.append(part.toInt());
    }
    return values;
}

bool ParameterForm::isDefault(const QString &key) const
{
    const Param param = m_params.value(key);
    if (!param.editor || param.spec.defaultValue.isEmpty())
        return false;
    if (param.spec.check(param.spec.defaultValue))
        return false; // a default outside the spec's own range
    // Compared as typed values, so "1,2" and "1, 2" or 0.50 and 0.5 are the same.
    const QString shown = text(key);
    return !param.spec.check(shown) && param.spec.parse(shown) == param.spec.parse(param.spec.defaultValue);
}

QString ParameterForm::text(const QString &key) const
{
    const Param param = m_params.value(key);
    if (!param.editor)
        return {};
    switch (param.spec.kind) {
    case Kind::Int:
        if (auto *spin = qobject_cast<QSpinBox *>(param.editor))
            return QString::number(spin->value());
        return static_cast<QLineEdit *>(param.editor)->text().trimmed();
    case Kind::UInt64:
    case Kind::IntList:
    case Kind::Text:
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
