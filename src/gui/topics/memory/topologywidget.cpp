// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologywidget.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace Lab::Gui {

namespace {

QColor levelColor(int level)
{
    switch (level) {
    case 1:
        return QColor(0xcf, 0xe8, 0xf7);
    case 2:
        return QColor(0xd2, 0xf0, 0xdc);
    case 3:
        return QColor(0xfd, 0xe3, 0xbf);
    default:
        return QColor(0xf0, 0xd6, 0xe8);
    }
}

QString cacheName(const Core::CacheInfo &cache)
{
    if (cache.type == QLatin1String("Data"))
        return TopologyWidget::tr("L%1d").arg(cache.level);
    if (cache.type == QLatin1String("Instruction"))
        return TopologyWidget::tr("L%1i").arg(cache.level);
    return TopologyWidget::tr("L%1").arg(cache.level);
}

// The first of `candidates` that fits `box` (at the painter's font, then smaller), drawn centred;
// otherwise the last one, elided.
void drawFitted(QPainter &painter, const QRectF &box, const QStringList &candidates)
{
    const QFont original = painter.font();
    for (const double scale : {1.0, 0.8, 0.65}) {
        QFont font = original;
        font.setPixelSize(std::max(8, int(original.pixelSize() * scale)));
        const QFontMetricsF metrics(font);
        for (const QString &text : candidates) {
            const QRectF needed = metrics.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignCenter, text);
            if (needed.width() <= box.width() - 4 && needed.height() <= box.height() - 2) {
                painter.setFont(font);
                painter.drawText(box, Qt::AlignCenter, text);
                painter.setFont(original);
                return;
            }
        }
    }
    const QFontMetricsF metrics(original);
    painter.drawText(box, Qt::AlignCenter,
                     metrics.elidedText(candidates.constLast(), Qt::ElideRight, std::max(0.0, box.width() - 4)));
}

} // namespace

TopologyWidget::TopologyWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

TopologyWidget::~TopologyWidget() = default;

void TopologyWidget::setMachine(const Core::MachineInfo &machine, bool isModel)
{
    m_machine = machine;
    m_model = isModel;
    updateGeometry();
    update();
}

Core::MachineInfo TopologyWidget::twoNodeModel()
{
    Core::MachineInfo model;
    model.cpuModel = tr("Model: two sockets, 4 cores each");
    for (int node = 0; node < 2; ++node) {
        Core::NumaNode numa;
        numa.id = node;
        numa.memoryBytes = 64LL << 30;
        QList<int> nodeCpus;
        for (int core = 0; core < 4; ++core) {
            const int id = node * 4 + core;
            model.cpus.append({id, node, 0, core, node, QString()});
            numa.cpus.append(id);
            nodeCpus.append(id);
            model.caches.append({1, QStringLiteral("Data"), 32 << 10, 64, {id}});
            model.caches.append({1, QStringLiteral("Instruction"), 32 << 10, 64, {id}});
            model.caches.append({2, QStringLiteral("Unified"), 1 << 20, 64, {id}});
        }
        model.caches.append({3, QStringLiteral("Unified"), 16 << 20, 64, nodeCpus});
        model.numaNodes.append(numa);
    }
    model.logicalCores = model.physicalCores = 8;
    model.memoryBytes = 128LL << 30;
    model.numaFromKernel = true;
    return model;
}

QSize TopologyWidget::sizeHint() const
{
    return {640, 360};
}

QSize TopologyWidget::minimumSizeHint() const
{
    return {280, 200};
}

void TopologyWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    m_drawnNodes = 0;
    m_drawnCaches = 0;
    const QColor text = palette().color(QPalette::WindowText);
    const QColor accent(0xd5, 0x5e, 0x00);
    QRectF frame = QRectF(rect()).adjusted(2, 2, -2, -2);
    if (m_model) {
        painter.setPen(QPen(accent, 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(frame, 8, 8);
    }
    if (!hasMachine()) {
        painter.setPen(text);
        painter.drawText(frame, Qt::AlignCenter, tr("Reading the topology from /sys..."));
        return;
    }

    // Levels (rows) and the CPUs of each node in sharing order (package, die, core, id).
    QList<int> levels;
    for (const Core::CacheInfo &cache : std::as_const(m_machine.caches)) {
        if (!levels.contains(cache.level))
            levels.append(cache.level);
    }
    std::sort(levels.begin(), levels.end());
    QHash<int, Core::LogicalCpu> cpuInfo;
    for (const Core::LogicalCpu &cpu : std::as_const(m_machine.cpus))
        cpuInfo.insert(cpu.id, cpu);
    auto orderKey = [&cpuInfo](int id) {
        const Core::LogicalCpu cpu = cpuInfo.value(id, Core::LogicalCpu{id, 0, 0, id, 0, {}});
        return std::make_tuple(cpu.package, cpu.die, cpu.core, id);
    };

    const int nodes = int(m_machine.numaNodes.size());
    int columns = 0;
    for (const Core::NumaNode &node : std::as_const(m_machine.numaNodes))
        columns += std::max<int>(1, int(node.cpus.size()));
    const double margin = m_model ? 14 : 6;
    const double pad = 8;
    const double gap = nodes > 1 ? std::max(70.0, width() * 0.1) : 0;
    const double top = frame.top() + margin + (m_model ? 26 : 0);
    const double usableWidth = frame.width() - 2 * margin - (nodes - 1) * gap - nodes * 2 * pad;
    const double columnWidth = usableWidth / std::max(1, columns);
    const double header = std::clamp(height() * 0.09, 18.0, 40.0);
    const int rows = 2 + int(levels.size()); // CPUs, caches, memory
    const double rowGap = 6;
    const double rowHeight =
        std::max(16.0, (frame.bottom() - margin - top - header - pad - rows * rowGap) / double(rows));
    QFont font = this->font();
    font.setPixelSize(int(std::clamp(std::min(rowHeight * 0.34, columnWidth * 0.2), 9.0, 24.0)));
    QFont bold = font;
    bold.setBold(true);

    if (m_model) {
        QFont banner = bold;
        banner.setPixelSize(std::max(12, font.pixelSize()));
        painter.setFont(banner);
        painter.setPen(accent);
        painter.drawText(QRectF(frame.left() + margin, frame.top() + 6, frame.width() - 2 * margin, 24),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("MODEL: a two-node NUMA machine, not this machine"));
    }

    QSet<int> drawnCaches;
    QList<QRectF> memoryBoxes;
    double x = frame.left() + margin;
    for (const Core::NumaNode &node : std::as_const(m_machine.numaNodes)) {
        QList<int> cpus = node.cpus;
        std::sort(cpus.begin(), cpus.end(), [&](int a, int b) { return orderKey(a) < orderKey(b); });
        const int n = std::max<int>(1, int(cpus.size()));
        const QRectF box(x, top, n * columnWidth + 2 * pad, header + rows * (rowHeight + rowGap) + pad);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1.5));
        painter.setBrush(palette().color(QPalette::AlternateBase));
        painter.drawRoundedRect(box, 10, 10);
        painter.setFont(bold);
        painter.setPen(text);
        drawFitted(painter, QRectF(box.left() + pad, box.top(), box.width() - 2 * pad, header),
                   {tr("NUMA node %1 · %n CPUs", nullptr, int(cpus.size())).arg(node.id), tr("Node %1").arg(node.id)});
        ++m_drawnNodes;

        const double left = box.left() + pad;
        auto rowTop = [&](int row) { return box.top() + header + row * (rowHeight + rowGap); };
        auto columnOf = [&cpus](int cpu) { return int(cpus.indexOf(cpu)); };

        // CPUs
        painter.setFont(bold);
        for (int i = 0; i < cpus.size(); ++i) {
            const QRectF cell(left + i * columnWidth + 2, rowTop(0), columnWidth - 4, rowHeight);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x00, 0x5a, 0x9c));
            painter.drawRoundedRect(cell, 5, 5);
            painter.setPen(Qt::white);
            drawFitted(painter, cell, {tr("CPU %1").arg(cpus.at(i)), QString::number(cpus.at(i))});
        }

        // One row per cache level; data and instruction caches of a level share the row side by side.
        painter.setFont(font);
        for (int row = 0; row < levels.size(); ++row) {
            const int level = levels.at(row);
            QStringList types;
            for (const Core::CacheInfo &cache : std::as_const(m_machine.caches)) {
                if (cache.level == level && !types.contains(cache.type))
                    types.append(cache.type);
            }
            for (int c = 0; c < m_machine.caches.size(); ++c) {
                const Core::CacheInfo &cache = m_machine.caches.at(c);
                if (cache.level != level)
                    continue;
                int first = n, last = -1;
                for (int cpu : cache.sharedCpus) {
                    const int column = columnOf(cpu);
                    if (column >= 0) {
                        first = std::min(first, column);
                        last = std::max(last, column);
                    }
                }
                if (last < 0)
                    continue;
                const double spanLeft = left + first * columnWidth;
                const double spanWidth = (last - first + 1) * columnWidth;
                const double slot = spanWidth / types.size();
                const QRectF cell(spanLeft + types.indexOf(cache.type) * slot + 2, rowTop(row + 1), slot - 4,
                                  rowHeight);
                painter.setPen(QPen(levelColor(level).darker(150), 1));
                painter.setBrush(levelColor(level));
                painter.drawRoundedRect(cell, 5, 5);
                painter.setPen(Qt::black);
                const QString name = cacheName(cache);
                const QString size = cache.sizeBytes > 0 ? Core::formatBytes(cache.sizeBytes) : tr("size unknown");
                drawFitted(painter, cell, {tr("%1 · %2").arg(name, size), tr("%1\n%2").arg(name, size), name});
                drawnCaches.insert(c);
            }
        }

        // Memory
        const QRectF memory(left + 2, rowTop(rows - 1), n * columnWidth - 4, rowHeight);
        painter.setPen(QPen(QColor(0x70, 0x70, 0x70), 1));
        painter.setBrush(QColor(0xdc, 0xdc, 0xdc));
        painter.drawRoundedRect(memory, 5, 5);
        painter.setPen(Qt::black);
        painter.setFont(bold);
        const QString size = node.memoryBytes > 0 ? Core::formatBytes(node.memoryBytes) : tr("size unknown");
        drawFitted(painter, memory,
                   {tr("Memory of node %1 · %2").arg(node.id).arg(size), tr("Memory\n%1").arg(size), tr("RAM")});
        memoryBoxes.append(memory);
        x = box.right() + gap;
    }
    m_drawnCaches = int(drawnCaches.size());

    // The interconnect between neighbouring nodes: the path a remote access takes.
    painter.setFont(font);
    for (int i = 1; i < memoryBoxes.size(); ++i) {
        const QRectF a = memoryBoxes.at(i - 1);
        const QRectF b = memoryBoxes.at(i);
        const double y = a.center().y();
        painter.setPen(QPen(accent, 5, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(a.right(), y), QPointF(b.left(), y));
        painter.setPen(accent);
        const QRectF label(a.right() + 2, a.top() - rowHeight - rowGap, b.left() - a.right() - 4, rowHeight + rowGap);
        drawFitted(painter, label, {tr("inter-\nconnect"), tr("link")});
    }
}

} // namespace Lab::Gui
