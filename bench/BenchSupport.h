// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the benchmark programs: realistic user pages, heap measurement, statistics and
// the PASS/FAIL lines. Header-only; each program includes it once.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <malloc.h>

namespace Bench {

/// Heap bytes in use (glibc: arena + mmapped blocks), after giving free pages back.
inline qint64 heapInUse()
{
    malloc_trim(0);
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
}

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p / 100.0 * double(values.size() - 1) + 0.5);
    return values.at(qBound<qsizetype>(0, index, values.size() - 1));
}

inline double median(const QList<double> &values)
{
    return percentile(values, 50);
}

inline double minimum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::min_element(values.begin(), values.end());
}

inline double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

/// Prints "PASS"/"FAIL" with what was compared, and returns \a ok.
inline bool verdict(bool ok, const char *what)
{
    std::printf("%s  %s\n", ok ? "PASS" : "FAIL", what);
    return ok;
}

/// A small deterministic generator (xorshift), so every run decodes the same bytes.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed * 2654435761u + 0x9e3779b97f4a7c15ull) { }
    quint64 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return m_state;
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T, size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[next() % N];
    }

private:
    quint64 m_state;
};

inline void appendHex(QByteArray &out, quint64 value, int digits)
{
    static constexpr char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i)
        out.append(hex[(value >> (4 * i)) & 0xf]);
}

inline void appendOid(QByteArray &out, quint64 a, quint64 b)
{
    out.append("{\"$oid\":\"");
    appendHex(out, a, 8);
    appendHex(out, b, 16);
    out.append("\"}");
}

inline void appendDate(QByteArray &out, qint64 msecs)
{
    out.append("{\"$date\":");
    out.append(QByteArray::number(msecs));
    out.append('}');
}

/// One user shaped like GET /users answers (tests/data/recordings/get_users.json and the
/// local server's seed): every member the API sends, 0-3 addresses with geo, a voucher,
/// non-ASCII names. About 1 KB of compact JSON.
inline void appendUser(QByteArray &out, int index)
{
    static const char *const firstNames[] = {"Kari", "Ola", "Åse", "Bjørn", "Zoë", "Jürgen",
        "Émile", "Øystein", "Ægir", "Håkon", "Renée", "Sofia", "Lars", "Ingrid", "Mateo", "Amélie",
        "Jonas", "Nora", "Emma", "Olivia"};
    static const char *const lastNames[]
        = {"Nordmann", "Hansen", "Østerås", "Müller", "Dubois", "Johansen", "Lærum", "García",
            "Svendsen", "Søreide", "Björk", "Nilsen", "Lefèvre", "Kristiansen", "Bakke"};
    static const char *const domains[]
        = {"online.no", "gmail.com", "hotmail.com", "example.de", "posteo.fr", "live.se"};
    static const char *const cities[]
        = {"Oslo", "Bergen", "Trondheim", "Tromsø", "Berlin", "München", "Paris", "Göteborg"};
    static const char *const streets[] = {"Storgata", "Kirkegata", "Bygdøy allé", "Osloer Straße",
        "Rue de Rivoli", "Karl Johans gate", "Skårersletta"};
    static const char *const tags[]
        = {"vip", "newsletter", "b2b", "wholesale", "late-payer", "beta", "staff"};
    static const char *const bios[] = {
        "", "", "", "Loves cycling and coffee.", "Kunde siden 2015. Ønsker levering etter kl. 16."};
    static const char humanIdChars[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    Random r(quint64(index) + 1);
    const qint64 created = 1500000000000 + qint64(index) * 60000 + r.below(60000);
    const char *first = r.pick(firstNames);
    const char *last = r.pick(lastNames);

    out.append("{\"_cls\":\"User\",\"_id\":");
    appendOid(out, quint64(created / 1000), 0x5d9218f71fad4400ull + quint64(index));
    out.append(",\"addresses\":[");
    // 0 to 3 addresses, weighted as the local server seeds them (25/45/22/8 %).
    const int weight = r.below(100);
    const int addresses = weight < 25 ? 0 : weight < 70 ? 1 : weight < 92 ? 2 : 3;
    for (int a = 0; a < addresses; ++a) {
        if (a > 0)
            out.append(',');
        out.append("{\"alias\":\"");
        out.append(a == 0 ? "home" : "work");
        out.append("\",\"city\":\"");
        out.append(r.pick(cities));
        out.append("\",\"country\":\"Norway\",\"geo\":[");
        out.append(QByteArray::number(58 + r.below(1000) / 100.0, 'f', 2));
        out.append(',');
        out.append(QByteArray::number(5 + r.below(2000) / 100.0, 'f', 2));
        out.append("],\"service\":\"google\",\"state\":\"");
        out.append(r.pick(cities));
        out.append("\",\"street_name\":\"");
        out.append(r.pick(streets));
        out.append(' ');
        out.append(QByteArray::number(1 + r.below(120)));
        out.append("\",\"zip_code\":\"");
        out.append(QByteArray::number(1000 + r.below(9000)));
        out.append("\"}");
    }
    out.append("],\"auth_id\":\"auth0|");
    appendHex(out, r.next(), 16);
    out.append("\",\"avatar\":\"\",\"billing_address\":");
    if (r.chance(35)) {
        out.append("{\"alias\":\"\",\"city\":\"");
        out.append(r.pick(cities));
        out.append("\",\"country\":\"Norway\",\"service\":\"google\",\"street_name\":\"");
        out.append(r.pick(streets));
        out.append("\"}");
    } else {
        out.append("{}");
    }
    out.append(",\"bio\":\"");
    out.append(r.pick(bios));
    out.append("\",\"blocked\":");
    out.append(r.chance(2) ? "true" : "false");
    out.append(",\"company\":{\"$oid\":\"5d36fd7ea2802f0010b1477b\"},\"created\":");
    appendDate(out, created);
    out.append(",\"default_payment_method\":");
    appendOid(out, quint64(created / 1000) + 7, r.next());
    out.append(",\"deleted\":");
    out.append(r.chance(3) ? "true" : "false");
    out.append(",\"email\":\"");
    if (!r.chance(5)) {
        out.append("user");
        out.append(QByteArray::number(index));
        out.append('.');
        out.append(QByteArray::number(r.below(100)));
        out.append('@');
        out.append(r.pick(domains));
    }
    out.append("\",\"first_name\":\"");
    out.append(first);
    out.append("\",\"human_id\":\"");
    for (int c = 0; c < 6; ++c)
        out.append(humanIdChars[r.below(32)]);
    out.append("\",\"is_company\":");
    out.append(r.chance(4) ? "true" : "false");
    if (r.chance(80)) {
        out.append(",\"last_login\":");
        appendDate(out, created + r.below(1000000000));
    }
    out.append(",\"last_name\":\"");
    out.append(last);
    out.append("\",\"mobile_phone_number\":\"");
    if (!r.chance(8)) {
        out.append("+47");
        out.append(QByteArray::number(40000000 + r.below(9999999)));
    }
    out.append("\",\"modified\":");
    appendDate(out, created + r.below(2000000000));
    out.append(",\"national_id\":\"\",\"new_customer\":");
    out.append(r.chance(10) ? "true" : "false");
    out.append(",\"note\":\"");
    out.append(r.chance(20) ? "Prefers delivery after 16:00." : "");
    out.append(
        "\",\"receive_notifications\":true,\"roles\":[\"user\"],\"stripe_customer_id\":\"cus_");
    appendHex(out, r.next(), 14);
    out.append("\",\"tags\":[");
    int tagCount = 0;
    for (const char *tag : tags) {
        if (r.chance(18)) {
            if (tagCount++ > 0)
                out.append(',');
            out.append('"');
            out.append(tag);
            out.append('"');
        }
    }
    out.append("],\"voucher\":{\"consumed\":0,\"created\":");
    appendDate(out, created);
    out.append(",\"expires\":");
    appendDate(out, created + 31536000000);
    out.append(",\"initial_quantity\":0,\"modified\":");
    appendDate(out, created);
    out.append(",\"uuid\":\"");
    appendHex(out, r.next(), 8);
    out.append('-');
    appendHex(out, r.next(), 4);
    out.append("-4");
    appendHex(out, r.next(), 3);
    out.append('-');
    appendHex(out, r.next(), 4);
    out.append('-');
    appendHex(out, r.next(), 12);
    out.append("\"}}");
}

/// Page \a page (of \a pageSize users) of a list of \a total users, as the API sends it.
inline QByteArray usersPage(int page, int pageSize, int total)
{
    QByteArray out;
    out.reserve(pageSize * 900);
    out.append('[');
    const int first = page * pageSize;
    for (int i = first; i < qMin(total, first + pageSize); ++i) {
        if (i > first)
            out.append(',');
        appendUser(out, i);
    }
    out.append(']');
    out.squeeze();
    return out;
}

inline QList<QByteArray> usersPages(int total, int pageSize)
{
    QList<QByteArray> pages;
    for (int page = 0; page * pageSize < total; ++page)
        pages.append(usersPage(page, pageSize, total));
    return pages;
}

inline qint64 totalBytes(const QList<QByteArray> &pages)
{
    qint64 bytes = 0;
    for (const QByteArray &page : pages)
        bytes += page.size();
    return bytes;
}

} // namespace Bench
