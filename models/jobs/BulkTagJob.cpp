// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/jobs/BulkTagJob.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "models/Clock.h"
#include "models/ModelsLogging.h"
#include "models/editing/ChangeJournal.h"

#include <QJsonArray>

namespace {

constexpr int maxAttempts = 2;

QString clean(const QString &text)
{
    // One line per user in the report: tabs and line breaks would split its columns.
    QString out = text;
    for (QChar &c : out) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return out;
}

} // namespace

BulkTagJob::BulkTagJob(QObject *parent) : QObject(parent) { }

BulkTagJob::~BulkTagJob()
{
    // A read is abandoned; a write in flight is left to finish on the server, unheard.
    if (m_reply) {
        m_reply->disconnect(this);
        if (!m_writing)
            m_reply->abort();
    }
}

bool BulkTagJob::changes(Mode mode, const QString &tag, const QStringList &tags)
{
    const bool has = tags.contains(tag);
    return mode == Mode::Add ? !has : has;
}

QStringList BulkTagJob::applied(Mode mode, const QString &tag, const QStringList &tags)
{
    QStringList out = tags;
    if (mode == Mode::Add) {
        if (!out.contains(tag))
            out.append(tag);
    } else {
        out.removeAll(tag);
    }
    return out;
}

BulkTagJob::Preview BulkTagJob::preview(
    Mode mode, const QString &tag, const QList<BulkTagTarget> &targets)
{
    Preview preview;
    preview.selected = int(targets.size());
    for (const BulkTagTarget &target : targets) {
        if (changes(mode, tag, target.tags))
            ++preview.affected;
        else
            ++preview.unaffected;
    }
    return preview;
}

QString BulkTagJob::validateTag(const QString &tag)
{
    if (tag.trimmed().isEmpty())
        return tr("Enter a tag.");
    if (tag.contains(QLatin1Char(',')))
        return tr("A tag cannot contain a comma.");
    if (tag.trimmed() != tag)
        return tr("A tag cannot start or end with a space.");
    return QString();
}

bool BulkTagJob::start(
    ApiClient *client, Mode mode, const QString &tag, const QList<BulkTagTarget> &targets)
{
    if (!client || m_running || !validateTag(tag).isEmpty())
        return false;
    m_client = client;
    m_mode = mode;
    m_tag = tag;
    m_results.clear();
    m_results.reserve(targets.size());
    m_affected = 0;
    m_done = 0;
    m_journalError.clear();
    for (const BulkTagTarget &target : targets) {
        Result result;
        result.target = target;
        if (!changes(mode, tag, target.tags)) {
            result.outcome = Outcome::Skipped;
            result.message
                = mode == Mode::Add ? tr("Already had the tag.") : tr("Did not have the tag.");
        } else {
            ++m_affected;
        }
        m_results.append(result);
    }
    ++m_run;
    m_running = true;
    m_cancelRequested = false;
    m_current = -1;
    qCInfo(lcModels).noquote() << "bulk tag" << (mode == Mode::Add ? "add" : "remove") << "on"
                               << m_affected << "of" << targets.size() << "users";
    Q_EMIT progress(0, m_affected);
    // Never from inside start(): the caller connects after starting as well as before.
    QMetaObject::invokeMethod(this, &BulkTagJob::next, Qt::QueuedConnection);
    return true;
}

void BulkTagJob::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_reply && !m_writing) {
        ApiReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        settle(m_current, Outcome::Canceled, tr("Canceled before it was changed."));
        finishRun();
    }
    // A write in flight finishes first (onWritten()), then the run ends.
}

int BulkTagJob::count(Outcome outcome) const
{
    int n = 0;
    for (const Result &result : m_results)
        n += result.outcome == outcome ? 1 : 0;
    return n;
}

QString BulkTagJob::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return tr("Not done");
    case Outcome::Added:
        return tr("Added");
    case Outcome::Removed:
        return tr("Removed");
    case Outcome::Skipped:
        return tr("Skipped");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Canceled:
        return tr("Canceled");
    }
    return QString();
}

QString BulkTagJob::reportText() const
{
    QStringList lines;
    lines.append(
        QStringList {tr("ID"), tr("Name"), tr("Result"), tr("Message"), tr("User id")}.join(
            QLatin1Char('\t')));
    for (const Result &result : m_results) {
        lines.append(QStringList {clean(result.target.humanId), clean(result.target.name),
            outcomeText(result.outcome), clean(result.message), result.target.id}
                         .join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void BulkTagJob::next()
{
    if (!m_running)
        return;
    if (m_cancelRequested || !m_client) {
        finishRun();
        return;
    }
    for (int index = m_current + 1; index < m_results.size(); ++index) {
        if (m_results.at(index).outcome == Outcome::Pending) {
            m_current = index;
            m_attempt = 0;
            read(index);
            return;
        }
    }
    finishRun();
}

void BulkTagJob::follow(ApiReply *reply, const std::function<void(const ApiReply &)> &then)
{
    // Only the answer to this run's request in flight counts: a cancel or a new run drops it.
    m_reply = reply;
    const quint64 run = m_run;
    reply->onFinished(this, [this, run, then](const ApiReply &finished) {
        if (run != m_run || m_reply.data() != &finished)
            return;
        m_reply = nullptr;
        then(finished);
    });
}

void BulkTagJob::read(int index)
{
    ++m_attempt;
    m_writing = false;
    follow(m_client->getUser(m_results.at(index).target.id),
        [this, index](const ApiReply &reply) { onRead(index, reply); });
}

void BulkTagJob::onRead(int index, const ApiReply &reply)
{
    const ApiError &error = reply.error();
    if (error.isCancellation()) {
        // Not our cancel() (that one disconnects first): the session aborted every request
        // (sign-out, profile switch). Nothing more is sent.
        m_cancelRequested = true;
        settle(index, Outcome::Canceled, tr("Canceled before it was changed."), error);
        finishRun();
        return;
    }
    if (error.isError()) {
        settle(index, Outcome::Failed,
            error.kind() == ApiError::Kind::NotFound ? tr("This user no longer exists.")
                                                     : error.message(),
            error);
        next();
        return;
    }
    const DecodeResult<User> decoded = User::fromJson(reply.response().object);
    if (!decoded) {
        const ApiError decodeError = decoded.error().toApiError(m_client->baseUrl().host());
        settle(index, Outcome::Failed, decodeError.message(), decodeError);
        next();
        return;
    }
    const User &user = decoded.value();
    const BulkTagTarget &target = m_results.at(index).target;
    if (user.isDeleted() && !target.deleted) {
        settle(index, Outcome::Failed, tr("This user was deleted after being selected."));
        next();
        return;
    }
    if (!changes(m_mode, m_tag, user.tags())) {
        settle(index, Outcome::Skipped,
            m_mode == Mode::Add ? tr("Already had the tag (added elsewhere meanwhile).")
                                : tr("Did not have the tag (removed elsewhere meanwhile)."));
        next();
        return;
    }
    if (m_cancelRequested) {
        settle(index, Outcome::Canceled, tr("Canceled before it was changed."));
        finishRun();
        return;
    }

    Q_EMIT aboutToWrite(target.id);
    if (!m_running || m_cancelRequested) {
        if (m_running) {
            settle(index, Outcome::Canceled, tr("Canceled before it was changed."));
            finishRun();
        }
        return;
    }
    m_beforeTags = user.tags();
    QJsonArray tags;
    for (const QString &tag : applied(m_mode, m_tag, user.tags()))
        tags.append(tag);
    // Only the tags: every other field stays as the server has it. The ETag of the record just
    // read makes the write fail (412) if anyone changed the user in between.
    m_writing = true;
    follow(m_client->updateUser(
               target.id, QJsonObject {{QStringLiteral("tags"), tags}}, reply.response().etag),
        [this, index](const ApiReply &written) {
            m_writing = false;
            onWritten(index, written);
        });
}

void BulkTagJob::onWritten(int index, const ApiReply &reply)
{
    const ApiError &error = reply.error();
    if (error.kind() == ApiError::Kind::PreconditionFailed && m_attempt < maxAttempts
        && !m_cancelRequested) {
        // Changed by someone else between our read and our write: read it again.
        read(index);
        return;
    }
    if (error.isCancellation()) {
        // The session aborted every request while this write was on its way: whether the
        // server applied it is unknown, so it is reported for a person to check.
        m_cancelRequested = true;
        settle(index, Outcome::Failed,
            tr("Interrupted while writing; the tag may or may not have been changed."), error);
        finishRun();
        return;
    }
    if (error.isError()) {
        QString message = error.message();
        if (error.kind() == ApiError::Kind::PreconditionFailed)
            message = tr("The user kept changing while the tag was written (tried %n time(s)); "
                         "nothing was overwritten.",
                nullptr, m_attempt);
        settle(index, Outcome::Failed, message, error);
    } else {
        settle(index, m_mode == Mode::Add ? Outcome::Added : Outcome::Removed, QString());
        const DecodeResult<User> decoded = User::fromJson(reply.response().object);
        if (decoded) {
            record(index, m_beforeTags, decoded.value());
            Q_EMIT userUpdated(decoded.value());
        }
    }
    next();
}

void BulkTagJob::setJournal(ChangeJournal *journal, const QString &actor, const QString &server)
{
    m_journal = journal;
    m_actor = actor;
    m_server = server;
}

void BulkTagJob::record(int index, const QStringList &before, const User &after)
{
    if (!m_journal)
        return;
    const BulkTagTarget &target = m_results.at(index).target;
    JournalEntry entry;
    entry.time = Clock::currentDateTimeUtc();
    entry.actor = m_actor;
    entry.server = m_server;
    entry.userId = target.id;
    entry.humanId = after.humanId();
    entry.userName = after.displayName();
    entry.field = QStringLiteral("tags");
    entry.before = QJsonArray::fromStringList(before);
    entry.after = QJsonArray::fromStringList(after.tags());
    QString error;
    if (!m_journal->append({entry}, &error)) {
        qCWarning(lcModels).noquote() << "Change journal not written:" << error;
        m_journalError = error;
    }
}

void BulkTagJob::settle(int index, Outcome outcome, const QString &message, const ApiError &error)
{
    if (index < 0 || index >= m_results.size())
        return;
    Result &result = m_results[index];
    if (result.outcome != Outcome::Pending)
        return;
    result.outcome = outcome;
    result.message = message;
    result.error = error;
    ++m_done;
    Q_EMIT progress(m_done, m_affected);
}

void BulkTagJob::finishRun()
{
    if (!m_running)
        return;
    for (Result &result : m_results) {
        if (result.outcome == Outcome::Pending) {
            result.outcome = Outcome::Canceled;
            result.message = tr("Not changed: the run was canceled.");
        }
    }
    m_running = false;
    m_reply = nullptr;
    m_writing = false;
    qCInfo(lcModels).noquote() << "bulk tag finished:" << count(Outcome::Added) << "added,"
                               << count(Outcome::Removed) << "removed," << count(Outcome::Skipped)
                               << "skipped," << count(Outcome::Failed) << "failed,"
                               << count(Outcome::Canceled) << "canceled";
    Q_EMIT finished();
}
