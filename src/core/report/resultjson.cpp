// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultjson.h"

#include "atomicfile.h"
#include "core/system/inputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Lab::Core {

namespace {

const QString ToolName = QStringLiteral("concurrency-lab");

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context as the run-time lookup.
struct ResultJsonTr
{
    Q_DECLARE_TR_FUNCTIONS(Lab::Core::ResultJson)
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return ResultJsonTr::tr("null");
    case QJsonValue::Bool:
        return ResultJsonTr::tr("a boolean");
    case QJsonValue::Double:
        return ResultJsonTr::tr("a number");
    case QJsonValue::String:
        return ResultJsonTr::tr("a string");
    case QJsonValue::Array:
        return ResultJsonTr::tr("an array");
    case QJsonValue::Object:
        return ResultJsonTr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return ResultJsonTr::tr("nothing");
}

// Reads typed keys and remembers the first problem, with the key's path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString prefix, QString *error)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_error(error)
    {}

    bool ok() const { return m_ok; }

    QJsonValue value(const QString &key, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && required)
            fail(key, ResultJsonTr::tr("missing"));
        return v;
    }
    QString string(const QString &key, bool required = true, qsizetype maxChars = ResultJson::MaxTextChars)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isString())
            return wrongType(key, ResultJsonTr::tr("a string"), v), QString();
        QString text = v.toString();
        if (text.size() > maxChars)
            return tooLong(key, maxChars, text.size()), QString();
        return text;
    }
    // A duration in seconds: finite, not negative, and below a bound no real run reaches.
    double seconds(const QString &key, bool required = true)
    {
        const double s = number(key, required);
        checkSeconds(key, s);
        return s;
    }
    void checkSeconds(const QString &key, double s)
    {
        if (!(s >= 0 && s <= ResultJson::MaxSeconds)) // false for NaN too
            fail(key, ResultJsonTr::tr("must be a time from 0 to %1 s (got %2)")
                          .arg(ResultJson::MaxSeconds, 0, 'g', 12)
                          .arg(s, 0, 'g', 6));
    }
    double ratio(const QString &key)
    {
        const double r = number(key);
        if (!(r >= 0 && r <= ResultJson::MaxSeconds))
            fail(key, ResultJsonTr::tr("must be a number from 0 to %1 (got %2)")
                          .arg(ResultJson::MaxSeconds, 0, 'g', 12)
                          .arg(r, 0, 'g', 6));
        return r;
    }
    qint64 count(const QString &key, bool required = true)
    {
        const qint64 n = integer(key, required);
        if (n < 0)
            fail(key, ResultJsonTr::tr("must not be negative (got %1)").arg(n));
        return n;
    }
    QJsonArray array(const QString &key, qsizetype maxEntries, bool required = true)
    {
        const QJsonArray a = array(key, required);
        if (a.size() > maxEntries)
            fail(key, ResultJsonTr::tr("must hold at most %1 entries (got %2)").arg(maxEntries).arg(a.size()));
        return a;
    }
    // Every string in an object (environment, parameters), however deep: bounded like the others.
    void checkStrings(const QString &key, const QJsonValue &v, int depth = 0)
    {
        if (!m_ok)
            return;
        if (v.isString() && v.toString().size() > ResultJson::MaxTextChars) {
            tooLong(key, ResultJson::MaxTextChars, v.toString().size());
        } else if (depth > 8 && (v.isArray() || v.isObject())) {
            fail(key, ResultJsonTr::tr("must not be nested this deeply"));
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            if (a.size() > ResultJson::MaxEntries * 10)
                fail(key, ResultJsonTr::tr("must hold at most %1 entries (got %2)")
                              .arg(ResultJson::MaxEntries * 10)
                              .arg(a.size()));
            for (qsizetype i = 0; i < a.size() && m_ok; ++i)
                checkStrings(QStringLiteral("%1[%2]").arg(key).arg(i), a.at(i), depth + 1);
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.size() > ResultJson::MaxEntries)
                fail(key, ResultJsonTr::tr("must hold at most %1 entries (got %2)")
                              .arg(ResultJson::MaxEntries)
                              .arg(o.size()));
            for (auto it = o.begin(); it != o.end() && m_ok; ++it) {
                if (it.key().size() > ResultJson::MaxLabelChars)
                    fail(key, ResultJsonTr::tr("has a key longer than %1 characters").arg(ResultJson::MaxLabelChars));
                else
                    checkStrings(key + QLatin1Char('.') + it.key(), it.value(), depth + 1);
            }
        }
    }
    double number(const QString &key, bool required = true)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return 0;
        if (!v.isDouble())
            return wrongType(key, ResultJsonTr::tr("a number"), v), 0.0;
        return v.toDouble();
    }
    qint64 integer(const QString &key, bool required = true)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return 0;
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 9.007199254740992e15)
            return wrongType(key, ResultJsonTr::tr("a whole number"), v), 0;
        return qint64(d);
    }
    bool boolean(const QString &key, bool required = true)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            return wrongType(key, ResultJsonTr::tr("true or false"), v), false;
        return v.toBool();
    }
    QJsonObject object(const QString &key)
    {
        const QJsonValue v = value(key, true);
        if (!v.isUndefined() && !v.isObject())
            wrongType(key, ResultJsonTr::tr("an object"), v);
        return v.toObject();
    }
    QJsonArray array(const QString &key, bool required = true)
    {
        const QJsonValue v = value(key, required);
        if (!v.isUndefined() && !v.isArray())
            wrongType(key, ResultJsonTr::tr("an array"), v);
        return v.toArray();
    }
    void fail(const QString &key, const QString &message)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_error)
            *m_error = m_prefix + key + QStringLiteral(": ") + message;
    }

private:
    void tooLong(const QString &key, qsizetype maxChars, qsizetype got)
    {
        fail(key, ResultJsonTr::tr("must be at most %1 characters long (got %2)").arg(maxChars).arg(got));
    }
    void wrongType(const QString &key, const QString &expected, const QJsonValue &got)
    {
        fail(key, ResultJsonTr::tr("must be %1 (got %2)").arg(expected, typeName(got)));
    }

    QJsonObject m_object;
    QString m_prefix;
    QString *m_error;
    bool m_ok = true;
};

} // namespace

QJsonObject ResultJson::toJson(const BenchmarkResult &result)
{
    QJsonArray results;
    for (const StrategyStats &s : result.results) {
        QJsonArray runs;
        for (double run : s.runsSeconds)
            runs.append(run);
        QJsonArray errors;
        for (const ItemError &e : s.errors)
            errors.append(QJsonObject{{QStringLiteral("item"), e.item}, {QStringLiteral("message"), e.message}});
        QJsonObject entry{
            {QStringLiteral("strategy"), s.strategy},
            {QStringLiteral("workers"), s.workers},
            {QStringLiteral("runs_s"), runs},
            {QStringLiteral("mean_s"), s.meanSeconds},
            {QStringLiteral("stddev_s"), s.stddevSeconds},
            {QStringLiteral("median_s"), s.medianSeconds},
            {QStringLiteral("min_s"), s.minSeconds},
            {QStringLiteral("max_s"), s.maxSeconds},
            {QStringLiteral("user_s"), s.userSeconds},
            {QStringLiteral("sys_s"), s.sysSeconds},
            {QStringLiteral("speedup"), s.speedup},
            {QStringLiteral("speedup_stddev"), s.speedupStddev},
            {QStringLiteral("checksum"), s.checksum},
            {QStringLiteral("items_ok"), s.itemsOk},
            {QStringLiteral("items_failed"), s.itemsFailed},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("startup_s"), s.startupSeconds},
            {QStringLiteral("workload_size"), s.workloadSize},
            {QStringLiteral("reference"), s.reference},
            {QStringLiteral("note"), s.note},
        };
        for (auto it = s.extra.begin(); it != s.extra.end(); ++it) {
            if (!entry.contains(it.key()))
                entry.insert(it.key(), it.value());
        }
        results.append(entry);
    }
    QJsonObject json{
        {QStringLiteral("tool"), ToolName},
        {QStringLiteral("version"), QStringLiteral(LAB_VERSION)},
        {QStringLiteral("experiment"), result.experiment},
        {QStringLiteral("environment"), result.environment},
        {QStringLiteral("parameters"), result.parameters},
        {QStringLiteral("results"), results},
    };
    if (result.cancelled)
        json.insert(QStringLiteral("cancelled"), true);
    if (!result.timesCompared)
        json.insert(QStringLiteral("times_compared"), false);
    if (!result.failure.isEmpty())
        json.insert(QStringLiteral("failure"), result.failure);
    return json;
}

QByteArray ResultJson::toBytes(const BenchmarkResult &result)
{
    return QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented);
}

std::optional<BenchmarkResult> ResultJson::fromJson(const QJsonObject &json, QString *error)
{
    // Result files come from anywhere (a colleague, a web page): every string, list and time is bounded
    // here, so a chart or the history never lays out a 100 KB label or 20,000 bars.
    Reader top(json, QString(), error);
    const QString tool = top.string(QStringLiteral("tool"), true, MaxLabelChars);
    if (top.ok() && tool != ToolName)
        top.fail(QStringLiteral("tool"), ResultJsonTr::tr("must be \"%1\" (got \"%2\")").arg(ToolName, tool));
    top.string(QStringLiteral("version"), true, MaxLabelChars);
    BenchmarkResult result;
    result.experiment = top.string(QStringLiteral("experiment"), true, MaxLabelChars);
    result.environment = top.object(QStringLiteral("environment"));
    top.checkStrings(QStringLiteral("environment"), result.environment);
    result.parameters = top.object(QStringLiteral("parameters"));
    top.checkStrings(QStringLiteral("parameters"), result.parameters);
    result.cancelled = top.boolean(QStringLiteral("cancelled"), false);
    result.timesCompared =
        !json.contains(QStringLiteral("times_compared")) || top.boolean(QStringLiteral("times_compared"));
    result.failure = top.string(QStringLiteral("failure"), false);
    const QJsonArray results = top.array(QStringLiteral("results"), MaxEntries);
    if (!top.ok())
        return std::nullopt;

    for (qsizetype i = 0; i < results.size(); ++i) {
        const QString prefix = QStringLiteral("results[%1].").arg(i);
        if (!results.at(i).isObject()) {
            if (error)
                *error =
                    QStringLiteral("results[%1]: ").arg(i) +
                    ResultJsonTr::tr("must be %1 (got %2)").arg(ResultJsonTr::tr("an object"), typeName(results.at(i)));
            return std::nullopt;
        }
        Reader r(results.at(i).toObject(), prefix, error);
        StrategyStats s;
        s.strategy = r.string(QStringLiteral("strategy"), true, MaxLabelChars);
        s.workers = int(r.count(QStringLiteral("workers")));
        if (r.ok() && s.workers > MaxWorkers)
            r.fail(QStringLiteral("workers"),
                   ResultJsonTr::tr("must be at most %1 (got %2)").arg(MaxWorkers).arg(s.workers));
        const QJsonArray runs = r.array(QStringLiteral("runs_s"), MaxRuns);
        for (qsizetype k = 0; k < runs.size() && r.ok(); ++k) {
            if (!runs.at(k).isDouble())
                r.fail(QStringLiteral("runs_s[%1]").arg(k),
                       ResultJsonTr::tr("must be %1 (got %2)").arg(ResultJsonTr::tr("a number"), typeName(runs.at(k))));
            else
                r.checkSeconds(QStringLiteral("runs_s[%1]").arg(k), runs.at(k).toDouble());
            s.runsSeconds.append(runs.at(k).toDouble());
        }
        s.meanSeconds = r.seconds(QStringLiteral("mean_s"));
        s.stddevSeconds = r.seconds(QStringLiteral("stddev_s"));
        s.medianSeconds = r.seconds(QStringLiteral("median_s"));
        s.minSeconds = r.seconds(QStringLiteral("min_s"));
        s.maxSeconds = r.seconds(QStringLiteral("max_s"));
        s.userSeconds = r.seconds(QStringLiteral("user_s"));
        s.sysSeconds = r.seconds(QStringLiteral("sys_s"));
        s.speedup = r.ratio(QStringLiteral("speedup"));
        s.speedupStddev = r.ratio(QStringLiteral("speedup_stddev"));
        s.checksum = r.string(QStringLiteral("checksum"), true, MaxLabelChars);
        s.itemsOk = r.count(QStringLiteral("items_ok"));
        s.itemsFailed = r.count(QStringLiteral("items_failed"));
        const QJsonArray errors = r.array(QStringLiteral("errors"), MaxErrors);
        for (qsizetype k = 0; k < errors.size() && r.ok(); ++k) {
            const QString key = QStringLiteral("errors[%1]").arg(k);
            if (!errors.at(k).isObject()) {
                r.fail(
                    key,
                    ResultJsonTr::tr("must be %1 (got %2)").arg(ResultJsonTr::tr("an object"), typeName(errors.at(k))));
                break;
            }
            Reader e(errors.at(k).toObject(), prefix + key + QLatin1Char('.'), error);
            ItemError itemError{e.string(QStringLiteral("item")), e.string(QStringLiteral("message"))};
            if (!e.ok())
                return std::nullopt;
            s.errors.append(itemError);
        }
        s.startupSeconds = r.seconds(QStringLiteral("startup_s"), false);
        s.workloadSize = r.count(QStringLiteral("workload_size"), false);
        s.reference = r.boolean(QStringLiteral("reference"), false);
        s.note = r.string(QStringLiteral("note"), false);
        if (!r.ok())
            return std::nullopt;
        // Fields the contract does not name are the experiment's own (StrategyStats::extra).
        static const QStringList standard = [] {
            BenchmarkResult probe;
            probe.results.append(StrategyStats{});
            return toJson(probe).value(QStringLiteral("results")).toArray().at(0).toObject().keys();
        }();
        const QJsonObject entry = results.at(i).toObject();
        for (auto it = entry.begin(); it != entry.end(); ++it) {
            if (!standard.contains(it.key())) {
                r.checkStrings(it.key(), it.value());
                s.extra.insert(it.key(), it.value());
            }
        }
        if (!r.ok())
            return std::nullopt;
        result.results.append(s);
    }
    return result;
}

std::optional<BenchmarkResult> ResultJson::fromBytes(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = ResultJsonTr::tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = ResultJsonTr::tr("not a JSON object");
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

bool ResultJson::write(const BenchmarkResult &result, const QString &path, QString *error)
{
    return writeFileAtomically(path, toBytes(result), error);
}

std::optional<BenchmarkResult> ResultJson::read(const QString &path, QString *error)
{
    QString why;
    const std::optional<QByteArray> bytes = InputFile::read(path, InputFile::MaxResultBytes, &why);
    if (!bytes) {
        if (error)
            *error = ResultJsonTr::tr("cannot read \"%1\": %2").arg(path, why);
        return std::nullopt;
    }
    auto result = fromBytes(*bytes, &why);
    if (!result && error)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return result;
}

} // namespace Lab::Core
