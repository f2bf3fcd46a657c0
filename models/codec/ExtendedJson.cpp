// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/codec/ExtendedJson.h"

#include "models/ModelsLogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonParseError>
#include <QLocale>

#include <cmath>
#include <limits>

namespace ExtendedJson {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExtendedJson)
};

const QLatin1String OidKey("$oid");
const QLatin1String DateKey("$date");
const QLatin1String NumberLongKey("$numberLong");

/// Text of a JSON number written back as a string field: integers without a fraction.
QString numberText(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

/// Parses a decimal number written as text ("12", " 3.5", "-1e3"); C locale only.
bool parseNumber(const QString &text, double *out)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return false;
    *out = value;
    return true;
}

/// {"$numberDouble": "..."}, {"$numberInt": "..."}, {"$numberLong": "..."},
/// {"$numberDecimal": "..."}: canonical extended JSON for numbers, accepted as tolerated.
bool parseWrappedNumber(const QJsonObject &object, double *out)
{
    if (object.size() != 1)
        return false;
    const QString key = object.constBegin().key();
    if (key != QLatin1String("$numberDouble") && key != QLatin1String("$numberInt")
        && key != QLatin1String("$numberLong") && key != QLatin1String("$numberDecimal"))
        return false;
    const QJsonValue inner = object.constBegin().value();
    if (inner.isDouble()) {
        *out = inner.toDouble();
        return true;
    }
    return inner.isString() && parseNumber(inner.toString(), out);
}

bool parseMSecs(const QString &text, qint64 *out)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok)
        return false;
    *out = value;
    return true;
}

bool parseIsoDate(const QString &text, Timestamp *out)
{
    QDateTime dateTime = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!dateTime.isValid())
        return false;
    if (dateTime.timeSpec() == Qt::LocalTime)
        dateTime = QDateTime(dateTime.date(), dateTime.time(), Qt::UTC);
    *out = Timestamp::fromDateTime(dateTime);
    return true;
}

// Dates within +-300000 years stay far inside qint64 milliseconds and QDateTime's range.
constexpr double MaxMSecs = 9.4e15;

bool msecsFromDouble(double value, qint64 *out)
{
    if (!std::isfinite(value) || std::fabs(value) > MaxMSecs)
        return false;
    *out = std::llround(value);
    return true;
}

} // namespace

QString expectedObjectText()
{
    return Text::tr("expected an object");
}

QString expectedListText()
{
    return Text::tr("expected a list");
}

bool isEmptyValue(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::String:
        return json.toString().isEmpty();
    case QJsonValue::Object:
        return json.toObject().isEmpty();
    case QJsonValue::Array:
        return json.toArray().isEmpty();
    case QJsonValue::Bool:
    case QJsonValue::Double:
        return false;
    }
    return false;
}

bool decodeString(const QJsonValue &json, QString *out, Form *form, QString *error)
{
    if (json.isString()) {
        *out = json.toString();
        *form = Form::Canonical;
        return true;
    }
    if (json.isDouble()) {
        *out = numberText(json.toDouble());
        *form = Form::Tolerated;
        return true;
    }
    if (isEmptyValue(json)) {
        out->clear();
        *form = Form::Empty;
        return true;
    }
    *error = Text::tr("expected text");
    return false;
}

bool decodeDouble(const QJsonValue &json, double *out, Form *form, QString *error)
{
    if (json.isDouble()) {
        *out = json.toDouble();
        *form = Form::Canonical;
        return true;
    }
    if (isEmptyValue(json)) {
        *out = 0;
        *form = Form::Empty;
        return true;
    }
    if ((json.isString() && parseNumber(json.toString(), out))
        || (json.isObject() && parseWrappedNumber(json.toObject(), out))) {
        *form = Form::Tolerated;
        return true;
    }
    *error = Text::tr("expected a number");
    return false;
}

bool decodeInt(const QJsonValue &json, int *out, Form *form, QString *error)
{
    double value = 0;
    if (!decodeDouble(json, &value, form, error))
        return false;
    if (std::floor(value) != value || value < double(std::numeric_limits<int>::min())
        || value > double(std::numeric_limits<int>::max())) {
        *error = Text::tr("expected a whole number");
        return false;
    }
    *out = int(value);
    return true;
}

bool decodeBool(const QJsonValue &json, bool *out, Form *form, QString *error)
{
    if (json.isBool()) {
        *out = json.toBool();
        *form = Form::Canonical;
        return true;
    }
    if (isEmptyValue(json)) {
        *out = false;
        *form = Form::Empty;
        return true;
    }
    if (json.isDouble() && (json.toDouble() == 0 || json.toDouble() == 1)) {
        *out = json.toDouble() == 1;
        *form = Form::Tolerated;
        return true;
    }
    if (json.isString()) {
        const QString text = json.toString().trimmed();
        const bool isTrue = text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
            || text == QLatin1String("1");
        const bool isFalse = text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0
            || text == QLatin1String("0");
        if (isTrue || isFalse) {
            *out = isTrue;
            *form = Form::Tolerated;
            return true;
        }
    }
    *error = Text::tr("expected true or false");
    return false;
}

bool decodeObjectId(const QJsonValue &json, ObjectId *out, Form *form, QString *error)
{
    if (isEmptyValue(json)) {
        *out = ObjectId();
        *form = Form::Empty;
        return true;
    }
    QString text;
    bool wrapped = false;
    if (json.isString()) {
        text = json.toString();
    } else if (json.isObject()) {
        const QJsonObject object = json.toObject();
        const QJsonValue oid = object.value(OidKey);
        if (object.size() == 1 && oid.isString()) {
            text = oid.toString();
            wrapped = true;
        }
    }
    const ObjectId id = ObjectId::fromString(text);
    if (!id.isValid()) {
        *error = Text::tr("expected an object id");
        return false;
    }
    *out = id;
    *form = wrapped && ObjectId::isCanonical(text) ? Form::Canonical : Form::Tolerated;
    return true;
}

bool decodeTimestamp(const QJsonValue &json, Timestamp *out, Form *form, QString *error)
{
    *error = Text::tr("expected a date");
    if (isEmptyValue(json)) {
        *out = Timestamp();
        *form = Form::Empty;
        return true;
    }
    qint64 msecs = 0;
    *form = Form::Tolerated;
    if (json.isDouble()) {
        if (!msecsFromDouble(json.toDouble(), &msecs))
            return false;
        *out = Timestamp::fromMSecsSinceEpoch(msecs);
        return true;
    }
    if (json.isString())
        return parseIsoDate(json.toString(), out);
    if (!json.isObject())
        return false;
    const QJsonObject object = json.toObject();
    const QJsonValue date = object.value(DateKey);
    if (object.size() != 1 || date.isUndefined())
        return false;
    if (date.isDouble()) {
        const double value = date.toDouble();
        if (!msecsFromDouble(value, &msecs))
            return false;
        if (double(msecs) == value)
            *form = Form::Canonical;
        *out = Timestamp::fromMSecsSinceEpoch(msecs);
        return true;
    }
    if (date.isString()) {
        const QString text = date.toString();
        if (parseMSecs(text, &msecs)) {
            *out = Timestamp::fromMSecsSinceEpoch(msecs);
            return true;
        }
        return parseIsoDate(text, out);
    }
    if (date.isObject()) {
        const QJsonObject inner = date.toObject();
        const QJsonValue numberLong = inner.value(NumberLongKey);
        if (inner.size() != 1 || !numberLong.isString()
            || !parseMSecs(numberLong.toString(), &msecs))
            return false;
        *out = Timestamp::fromMSecsSinceEpoch(msecs);
        return true;
    }
    return false;
}

QJsonValue encodeObjectId(const ObjectId &id)
{
    if (!id.isValid())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject {{OidKey, id.toString()}};
}

QJsonValue encodeTimestamp(const Timestamp &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject {{DateKey, QJsonValue(time.toMSecsSinceEpoch())}};
}

namespace {

bool parseDocument(const QByteArray &json, QJsonDocument *document, DecodeError *error)
{
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = DecodeError {QString(),
            Text::tr("the response is not valid JSON (%1 at byte %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset)};
        return false;
    }
    return true;
}

} // namespace

bool parseObject(const QByteArray &json, QJsonObject *out, DecodeError *error)
{
    QJsonDocument document;
    if (!parseDocument(json, &document, error))
        return false;
    if (!document.isObject()) {
        *error = DecodeError {QString(), Text::tr("expected a JSON object")};
        return false;
    }
    *out = document.object();
    return true;
}

bool parseArray(const QByteArray &json, QJsonArray *out, DecodeError *error)
{
    QJsonDocument document;
    if (!parseDocument(json, &document, error))
        return false;
    if (!document.isArray()) {
        *error = DecodeError {QString(), Text::tr("expected a JSON array")};
        return false;
    }
    *out = document.array();
    return true;
}

void logDecodeError(const DecodeError &error)
{
    // The field path and the decoder's complaint only: values may be personal or secret.
    qCDebug(lcModels).noquote() << "body did not decode:" << error.toString();
}

ObjectReader::ObjectReader(const QJsonObject &object, const JsonPath &path)
    : m_rest(object), m_path(path)
{ }

void ObjectReader::fail(QLatin1String key, const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = DecodeError {m_path.memberPath(key), message};
}

QString ObjectReader::missingText()
{
    return Text::tr("missing");
}

} // namespace ExtendedJson
