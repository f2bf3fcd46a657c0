// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/editing/ProfileEditor.h"

#include "api/ApiClient.h"
#include "models/ModelsLogging.h"
#include "models/editing/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProfileEditor)
};

constexpr int maxAutomaticRounds = 3;

bool isTextField(UserField field)
{
    switch (field) {
    case UserField::FirstName:
    case UserField::LastName:
    case UserField::Title:
    case UserField::Email:
    case UserField::MobilePhoneNumber:
    case UserField::Bio:
    case UserField::Note:
        return true;
    case UserField::Tags:
    case UserField::BillingAddress:
    case UserField::DefaultPaymentMethod:
        return false;
    }
    return false;
}

/// A write that ended this way may have been applied by the server all the same.
bool mayHaveBeenApplied(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
    case ApiError::Kind::IncompleteBody:
    case ApiError::Kind::Canceled:
    case ApiError::Kind::MalformedBody:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus() >= 500;
    default:
        return false;
    }
}

/// The unit a server error's `field` names: "billing_address.city" -> "billing_address".
QString unitOfField(const QString &field)
{
    QString key = field;
    const qsizetype end = key.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
    if (end >= 0)
        key.truncate(end);
    return key;
}

} // namespace

ProfileEditor::ProfileEditor(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    Q_ASSERT(m_client);
}

ProfileEditor::~ProfileEditor()
{
    // A read still running is dropped; a write is left to finish on the server (its answer
    // is ignored): aborting it would not undo it.
    abandonRead();
}

void ProfileEditor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ProfileEditor::abandonRead()
{
    if (!m_reply || (m_step != Step::Load && m_step != Step::Reload))
        return;
    ApiReply *reply = m_reply;
    m_reply.clear(); // its answer is ignored from now on
    m_step = Step::None;
    reply->abort();
}

void ProfileEditor::load(const QString &userId)
{
    abandonRead();
    if (isBusy() && m_state != State::Loading)
        return;
    m_userId = userId;
    m_loaded = false;
    m_base = User();
    m_edited = User();
    m_etag.clear();
    forgetOutcomes();
    setState(State::Loading);
    startStep(Step::Load);
    Q_EMIT changed();
}

void ProfileEditor::forgetOutcomes()
{
    m_conflicts.clear();
    m_serverErrors.clear();
    m_uncertainKeys.clear();
    m_lastError = ApiError();
}

void ProfileEditor::setRecord(const User &user, const QByteArray &etag)
{
    m_userId = user.id().toString();
    m_base = user;
    m_edited = user;
    m_etag = etag;
    m_loaded = true;
    forgetOutcomes();
    setState(State::Ready);
    Q_EMIT changed();
    Q_EMIT loaded();
}

void ProfileEditor::reload()
{
    if (m_userId.isEmpty() || isBusy())
        return;
    if (!m_loaded) {
        load(m_userId);
        return;
    }
    setState(State::Loading);
    startStep(Step::Reload);
}

bool ProfileEditor::restoreDraft(
    const QJsonObject &base, const QByteArray &etag, const QJsonObject &edits)
{
    DecodeResult<User> decoded = User::fromJson(base);
    if (!decoded)
        return false;
    abandonRead();
    if (isBusy() && m_state != State::Loading)
        return false;
    User edited = decoded.value();
    for (auto it = edits.constBegin(); it != edits.constEnd(); ++it) {
        if (ProfileUnits::isKnownKey(it.key()))
            ProfileUnits::setValue(&edited, it.key(), it.value());
    }
    setRecord(decoded.value(), etag);
    m_edited = edited;
    Q_EMIT changed();
    reload();
    return true;
}

void ProfileEditor::startStep(Step step)
{
    m_step = step;
    ApiReply *reply = nullptr;
    switch (step) {
    case Step::None:
        return;
    case Step::Load:
    case Step::Reload:
    case Step::CheckBeforeWrite:
    case Step::ReadAfterConflict:
    case Step::CheckBeforeDelete:
    case Step::ReadAfterDeleteConflict:
        reply = m_client->getUser(m_userId);
        break;
    case Step::WriteProfile: {
        const QJsonObject body = patch();
        m_sent.clear();
        for (auto it = body.constBegin(); it != body.constEnd(); ++it)
            m_sent.insert(it.key(), it.value());
        qCDebug(lcModels) << "Saving fields" << body.keys() << "of user" << m_userId
                          << (m_etag.isEmpty() ? "without If-Match" : "with If-Match");
        reply = m_client->updateUser(m_userId, body, m_etag);
        break;
    }
    case Step::WriteAddresses: {
        const QJsonArray addresses = m_edited.addressesToJson();
        m_sent.clear();
        m_sent.insert(ProfileUnits::addressesKey(), addresses);
        qCDebug(lcModels) << "Saving" << addresses.size() << "addresses of user" << m_userId;
        reply = m_client->replaceAddresses(m_userId, addresses, m_etag);
        break;
    }
    case Step::Delete:
        reply = m_client->deleteUser(m_userId, m_etag);
        break;
    }
    m_reply = reply;
    reply->onFinished(this, [this, step](const ApiReply &finished) {
        if (m_reply != &finished)
            return;
        m_reply.clear();
        m_step = Step::None;
        onReply(step, finished);
    });
}

std::optional<User> ProfileEditor::decodeRecord(const ApiReply &reply, ApiError *error) const
{
    DecodeResult<User> user = User::fromJson(reply.response().object);
    if (!user) {
        *error = user.error().toApiError(reply.response().url.host());
        return std::nullopt;
    }
    return user.takeValue();
}

void ProfileEditor::onReply(Step step, const ApiReply &reply)
{
    ApiError error = reply.error();
    std::optional<User> record;
    const bool readsRecord = step != Step::None;
    if (!error.isError() && readsRecord)
        record = decodeRecord(reply, &error);
    const QByteArray etag = reply.response().etag;

    switch (step) {
    case Step::None:
        return;
    case Step::Load:
        if (error.isError()) {
            setState(State::Empty);
            Q_EMIT changed();
            Q_EMIT loadFailed(error);
            return;
        }
        setRecord(*record, etag);
        return;
    case Step::Reload:
        if (error.isError()) {
            setState(m_conflicts.isEmpty() ? State::Ready : State::Conflict);
            Q_EMIT changed();
            Q_EMIT loadFailed(error);
            return;
        }
        rebase(*record, etag, false);
        if (m_state != State::Conflict && !isDirty())
            m_serverErrors.clear();
        Q_EMIT changed();
        Q_EMIT loaded();
        return;
    case Step::CheckBeforeWrite:
        if (error.isError()) {
            failWrite(error);
            return;
        }
        m_checked = true;
        if (record->modified() != m_base.modified()) {
            qCInfo(lcModels) << "User" << m_userId
                             << "was modified on the server since it was read; merging";
            rebase(*record, etag, true);
            return;
        }
        if (!etag.isEmpty())
            m_etag = etag;
        continueSave();
        return;
    case Step::WriteProfile:
    case Step::WriteAddresses: {
        if (error.kind() == ApiError::Kind::PreconditionFailed) {
            qCInfo(lcModels) << "User" << m_userId << "changed on the server (412); merging";
            startStep(Step::ReadAfterConflict);
            return;
        }
        if (error.isError()) {
            failWrite(error);
            return;
        }
        QList<FieldChange> changes;
        applyWritten(*record, etag, m_sent.keys(), &changes);
        m_sent.clear();
        m_checked = true; // the base is the record this very write produced
        Q_EMIT changed();
        if (!changes.isEmpty())
            Q_EMIT saved(changes);
        continueSave();
        return;
    }
    case Step::ReadAfterConflict:
        if (error.isError()) {
            failWrite(error);
            return;
        }
        m_checked = true;
        rebase(*record, etag, true);
        return;
    case Step::CheckBeforeDelete:
        if (error.isError()) {
            m_lastError = error;
            setState(State::Ready);
            Q_EMIT changed();
            Q_EMIT deleteFailed(error);
            return;
        }
        if (record->modified() != m_base.modified()) {
            rebase(*record, etag, false);
            ApiError stale(ApiError::Kind::PreconditionFailed, reply.response().url.host());
            m_lastError = stale;
            Q_EMIT deleteFailed(stale);
            return;
        }
        startStep(Step::Delete);
        return;
    case Step::Delete:
        if (error.kind() == ApiError::Kind::PreconditionFailed) {
            m_lastError = error;
            startStep(Step::ReadAfterDeleteConflict);
            return;
        }
        if (error.isError()) {
            m_lastError = error;
            setState(State::Ready);
            Q_EMIT changed();
            Q_EMIT deleteFailed(error);
            return;
        }
        {
            const bool wasDeleted = m_base.isDeleted();
            QList<FieldChange> ignored;
            applyWritten(*record, etag, {}, &ignored);
            m_lastError = ApiError();
            setState(State::Ready);
            Q_EMIT changed();
            Q_EMIT deleted({FieldChange {QStringLiteral("deleted"), QJsonValue(wasDeleted),
                QJsonValue(record->isDeleted())}});
        }
        return;
    case Step::ReadAfterDeleteConflict: {
        const ApiError stale = m_lastError;
        if (error.isError()) {
            setState(State::Ready);
            Q_EMIT changed();
            Q_EMIT deleteFailed(stale);
            return;
        }
        rebase(*record, etag, false);
        m_lastError = stale;
        Q_EMIT deleteFailed(stale);
        return;
    }
    }
}

void ProfileEditor::applyWritten(const User &written, const QByteArray &etag,
    const QStringList &keys, QList<FieldChange> *changes)
{
    // Edits made while the write was under way stay edits: a unit the write carried is taken
    // from the server unless it was edited again since; any other unit keeps its edit.
    User next = written;
    for (const QString &key : ProfileUnits::allKeys()) {
        const QJsonValue mine = ProfileUnits::value(m_edited, key);
        const bool keep = keys.contains(key)
            ? !ProfileUnits::sameValue(key, mine, m_sent.value(key))
            : !ProfileUnits::sameValue(key, mine, ProfileUnits::value(m_base, key));
        if (keep)
            ProfileUnits::setValue(&next, key, mine);
    }
    for (const QString &key : ProfileUnits::allKeys()) {
        if (!keys.contains(key))
            continue;
        changes->append(
            FieldChange {key, ProfileUnits::value(m_base, key), ProfileUnits::value(written, key)});
        clearServerError(key);
        m_uncertainKeys.removeAll(key);
    }
    m_base = written;
    m_edited = next;
    m_etag = etag;
}

void ProfileEditor::rebase(const User &theirs, const QByteArray &etag, bool continueAfter)
{
    const User oldBase = m_base;
    ProfileMerge::Result merge = ProfileMerge::merge(m_base, m_edited, theirs);
    m_base = merge.base;
    m_edited = merge.edited;
    m_etag = etag;

    // A write that may have been applied before (E5): its units now equal on both sides were
    // written by this editor.
    QList<FieldChange> applied;
    for (auto it = merge.outcomes.constBegin(); it != merge.outcomes.constEnd(); ++it) {
        if (it.value() == ProfileMerge::Outcome::Same && m_uncertainKeys.contains(it.key())) {
            applied.append(FieldChange {it.key(), ProfileUnits::value(oldBase, it.key()),
                ProfileUnits::value(theirs, it.key())});
            m_uncertainKeys.removeAll(it.key());
        }
    }

    if (!merge.conflicts.isEmpty()) {
        m_conflicts = merge.conflicts;
        setState(State::Conflict);
        Q_EMIT changed();
        if (!applied.isEmpty())
            Q_EMIT saved(applied);
        Q_EMIT conflictsFound(m_conflicts);
        return;
    }
    m_conflicts.clear();
    if (!continueAfter) {
        setState(State::Ready);
        Q_EMIT changed();
        if (!applied.isEmpty())
            Q_EMIT saved(applied);
        return;
    }
    Q_EMIT changed();
    if (!applied.isEmpty())
        Q_EMIT saved(applied);
    if (++m_rounds > maxAutomaticRounds) {
        ApiError busy(ApiError::Kind::PreconditionFailed, m_client->baseUrl().host());
        failWrite(busy);
        return;
    }
    continueSave();
}

void ProfileEditor::normalizePhone()
{
    const UserField field = UserField::MobilePhoneNumber;
    if (!m_loaded || isBusy() || !isDirty(field))
        return;
    const QString normalized = Validation::normalizedPhone(text(field), m_callingCode);
    if (normalized != text(field) && Validation::isValidE164(normalized))
        setText(field, normalized);
}

void ProfileEditor::setDefaultCallingCode(const QString &digits)
{
    if (m_callingCode == digits)
        return;
    m_callingCode = digits;
    Q_EMIT changed(); // a number written nationally may be valid now
}

bool ProfileEditor::save()
{
    normalizePhone();
    if (!m_loaded || isBusy() || m_state == State::Conflict || !isValid() || !isDirty())
        return false;
    m_rounds = 0;
    m_checked = false;
    m_lastError = ApiError();
    setState(State::Saving);
    Q_EMIT changed();
    continueSave();
    return true;
}

void ProfileEditor::continueSave()
{
    setState(State::Saving);
    const bool profileDirty = !patch().isEmpty();
    const bool addressesDirty = isAddressesDirty();
    if (!profileDirty && !addressesDirty) {
        finishSave();
        return;
    }
    // Without an ETag the server cannot refuse a stale write, so compare `modified` first.
    if (m_etag.isEmpty() && !m_checked) {
        startStep(Step::CheckBeforeWrite);
        return;
    }
    m_checked = false;
    startStep(profileDirty ? Step::WriteProfile : Step::WriteAddresses);
}

void ProfileEditor::finishSave()
{
    m_rounds = 0;
    m_lastError = ApiError();
    m_uncertainKeys.clear();
    setState(State::Ready);
    Q_EMIT changed();
    Q_EMIT saveFinished();
}

void ProfileEditor::failWrite(const ApiError &error)
{
    m_lastError = error;
    m_rounds = 0;
    if (mayHaveBeenApplied(error)) {
        for (auto it = m_sent.constBegin(); it != m_sent.constEnd(); ++it) {
            if (!m_uncertainKeys.contains(it.key()))
                m_uncertainKeys.append(it.key());
        }
    }
    if (!error.field().isEmpty()) {
        QString key = unitOfField(error.field());
        if (m_sent.contains(ProfileUnits::addressesKey()) && !ProfileUnits::isKnownKey(key))
            key = ProfileUnits::addressesKey();
        if (ProfileUnits::isKnownKey(key)) {
            m_serverErrors.insert(
                key, error.serverMessage().isEmpty() ? error.message() : error.serverMessage());
        }
    }
    m_sent.clear();
    setState(State::Ready);
    qCInfo(lcModels).noquote() << "Saving user" << m_userId
                               << "failed:" << ApiError::kindName(error.kind()) << "(edits kept)";
    Q_EMIT changed();
    Q_EMIT saveFailed(error);
}

void ProfileEditor::edit(UserField field, const std::function<void(User &)> &change)
{
    User edited = m_edited;
    change(edited);
    if (edited == m_edited)
        return;
    m_edited = edited;
    clearServerError(userFieldKey(field));
    Q_EMIT changed();
}

bool ProfileEditor::setValue(UserField field, const QJsonValue &value)
{
    if (isTextField(field) && (value.isString() || value.isNull() || value.isUndefined())) {
        setText(field, value.toString());
        return true;
    }
    bool ok = true;
    edit(field, [&](User &user) { ok = user.setEditable(field, value); });
    return ok;
}

void ProfileEditor::setText(UserField field, const QString &text)
{
    if (this->text(field) == text && m_edited.editableState(field) != FieldState::Absent)
        return;
    if (!isTextField(field)) {
        qCWarning(lcModels) << "setText() on a field that is not text:" << userFieldKey(field);
        return;
    }
    edit(field, [&](User &user) { user.setText(field, text); });
}

QString ProfileEditor::text(UserField field) const
{
    const QJsonValue value = m_edited.editable(field);
    return value.isString() ? value.toString() : QString();
}

void ProfileEditor::setTags(const QStringList &tags)
{
    edit(UserField::Tags, [&](User &user) { user.setTags(tags); });
}

void ProfileEditor::setBillingAddress(const Address &address)
{
    edit(UserField::BillingAddress, [&](User &user) { user.setBillingAddress(address); });
}

void ProfileEditor::setDefaultPaymentMethod(const ObjectId &id)
{
    edit(UserField::DefaultPaymentMethod, [&](User &user) {
        if (id.isValid())
            user.setDefaultPaymentMethod(id);
        else if (user.defaultPaymentMethodId().isValid())
            user.setEditable(UserField::DefaultPaymentMethod, QJsonValue(QJsonValue::Null));
    });
}

void ProfileEditor::setAddresses(const QList<Address> &addresses)
{
    User edited = m_edited;
    edited.setAddresses(addresses);
    if (edited == m_edited)
        return;
    m_edited = edited;
    clearServerError(ProfileUnits::addressesKey());
    Q_EMIT changed();
}

bool ProfileEditor::isDirty(UserField field) const
{
    const QString key = userFieldKey(field);
    return !ProfileUnits::sameValue(
        key, ProfileUnits::value(m_base, key), ProfileUnits::value(m_edited, key));
}

bool ProfileEditor::isAddressesDirty() const
{
    return m_base.addressesToJson() != m_edited.addressesToJson();
}

bool ProfileEditor::isDirty() const
{
    return !dirtyKeys().isEmpty();
}

QList<UserField> ProfileEditor::dirtyFields() const
{
    QList<UserField> fields;
    for (const UserField field : AllUserFields) {
        if (isDirty(field))
            fields.append(field);
    }
    return fields;
}

QStringList ProfileEditor::dirtyKeys() const
{
    QStringList keys;
    for (const UserField field : dirtyFields())
        keys.append(userFieldKey(field));
    if (isAddressesDirty())
        keys.append(ProfileUnits::addressesKey());
    return keys;
}

QJsonObject ProfileEditor::patch() const
{
    // User::patch() compares forms; a change between two kinds of "nothing" ({} and null) is
    // not an edit and is not sent.
    QJsonObject body = User::patch(m_base, m_edited);
    const QStringList keys = body.keys();
    for (const QString &key : keys) {
        if (const std::optional<UserField> field = userFieldFromKey(key); field && !isDirty(*field))
            body.remove(key);
    }
    return body;
}

QJsonObject ProfileEditor::edits() const
{
    QJsonObject edits;
    for (const QString &key : dirtyKeys())
        edits.insert(key, ProfileUnits::value(m_edited, key));
    return edits;
}

void ProfileEditor::revert(UserField field)
{
    if (!isDirty(field))
        return;
    ProfileUnits::setValue(&m_edited, userFieldKey(field), m_base.editable(field));
    clearServerError(userFieldKey(field));
    Q_EMIT changed();
}

void ProfileEditor::revertAddresses()
{
    if (!isAddressesDirty())
        return;
    m_edited.setAddresses(m_base.addresses());
    clearServerError(ProfileUnits::addressesKey());
    Q_EMIT changed();
}

void ProfileEditor::revertAll()
{
    if (isBusy())
        return;
    m_edited = m_base;
    m_conflicts.clear();
    m_serverErrors.clear();
    m_lastError = ApiError();
    if (m_loaded)
        setState(State::Ready);
    Q_EMIT changed();
}

QString ProfileEditor::checkValue(UserField field, const QString &text, const QString &callingCode)
{
    switch (field) {
    case UserField::Email:
        if (!Validation::isValidEmail(text))
            return Text::tr("Not a valid email address: write it like name@example.com, or "
                            "leave it empty.");
        break;
    case UserField::MobilePhoneNumber:
        // Spaces, dashes and 00 are fine, and with the company's country a national number:
        // the number is written in E.164 when saved.
        if (!Validation::isValidE164(Validation::normalizedPhone(text, callingCode))) {
            if (!callingCode.isEmpty()) {
                return Text::tr("Not a phone number: the number as dialled in the country "
                                "(+%1), or + (or 00) and the country code, then the number.")
                    .arg(callingCode);
            }
            return Text::tr("Not an international phone number: + (or 00) and the country "
                            "code, then the number, e.g. +47 912 34 567.");
        }
        break;
    default:
        break;
    }
    return QString();
}

QString ProfileEditor::validationError(UserField field) const
{
    if (isTextField(field) && isDirty(field)) {
        const QString local = checkValue(field, text(field), m_callingCode);
        if (!local.isEmpty())
            return local;
    }
    return m_serverErrors.value(userFieldKey(field));
}

QString ProfileEditor::addressesError() const
{
    return m_serverErrors.value(ProfileUnits::addressesKey());
}

bool ProfileEditor::isValid() const
{
    for (const UserField field : AllUserFields) {
        if (isTextField(field) && isDirty(field)
            && !checkValue(field, text(field), m_callingCode).isEmpty())
            return false;
    }
    return true;
}

void ProfileEditor::clearServerError(const QString &key)
{
    m_serverErrors.remove(key);
}

void ProfileEditor::resolveConflicts(const QHash<QString, ConflictChoice> &choices, bool thenSave)
{
    if (m_state != State::Conflict)
        return;
    m_edited = ProfileMerge::resolve(m_edited, m_base, m_conflicts, choices);
    m_conflicts.clear();
    setState(State::Ready);
    Q_EMIT changed();
    if (!thenSave)
        return;
    if (isDirty())
        save();
    else
        finishSave();
}

void ProfileEditor::reloadDiscardingEdits()
{
    if (isBusy())
        return;
    m_edited = m_base;
    forgetOutcomes();
    setState(State::Ready);
    Q_EMIT changed();
    reload();
}

bool ProfileEditor::deleteUser()
{
    if (!m_loaded || isBusy() || m_state == State::Conflict)
        return false;
    m_lastError = ApiError();
    setState(State::Deleting);
    Q_EMIT changed();
    startStep(m_etag.isEmpty() ? Step::CheckBeforeDelete : Step::Delete);
    return true;
}
