// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the fuzz targets share: an invariant check that crashes, so libFuzzer keeps the input
// as a reproducer, and a Qt that does not log (logging would dominate the run time).

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(                                                                          \
                stderr, "fuzz invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);    \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace Fuzz {

inline void silenceQt()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

/// The fuzzer's bytes as a QByteArray that owns a copy (ASan sees reads past the end).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Whether `text` is well-formed UTF-8, judged by Qt's decoder (independent of JsonCheck).
inline bool isUtf8(const QByteArray &text)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString decoded = decoder(text);
    return !decoder.hasError() && decoded.toUtf8() == text;
}

} // namespace Fuzz
