// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataStore.h"

#include <QCoreApplication>
#include <QString>

namespace Server {

/// Fills the database with demo data (`--seed`): a shop with many users, orders,
/// subscriptions and payment methods ("demo"), and a small second shop ("other") for tenancy
/// tests.
///
/// The data is deterministic for a given size (fixed PRNG seed); dates are relative to the
/// time of seeding. Seeding is idempotent: a company that already exists is left alone.
class Seeder
{
    Q_DECLARE_TR_FUNCTIONS(Seeder)

public:
    static constexpr const char *DemoSlug = "demo";
    static constexpr const char *OtherSlug = "other";

    struct Options
    {
        int users = 5000;
        int orders = 50000;
        int otherUsers = 20;
        int otherOrders = 100;
        qint64 nowMs = 0;
    };

    struct Report
    {
        bool createdDemo = false;
        bool createdOther = false;
        qint64 elapsedMs = 0;
        int users = 0;
        int orders = 0;
        int subscriptions = 0;
        int paymentMethods = 0;
        int payments = 0;
        int plans = 0;
    };

    explicit Seeder(DataStore *store);

    /// Creates whichever of the two companies is missing, each in one transaction.
    bool seed(const Options &options, Report *report, QString *error);

private:
    bool seedMissing(const Options &options, qint64 now, Report *report, QString *error);
    bool seedCompany(const QString &slug, const QString &name, int users, int orders, quint32 seed,
        qint64 nowMs, Report *report, QString *error);

    DataStore *m_store;
};

} // namespace Server
