// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Server {

/// The schema of the PostgreSQL backend as migration steps, applied in order (the version is
/// kept in schema_version). The same tables, columns and indexes as SQLite's, with
/// PostgreSQL's types: every text the API sorts by is COLLATE "C" (byte order, as SQLite's
/// BINARY), search uses pg_trgm, and the daily order counts and the commit stamp are kept by
/// plpgsql triggers.
const QList<QStringList> &postgresMigrations();

/// The tables whose changes advance the commit stamp.
const QStringList &postgresDataTables();

} // namespace Server
