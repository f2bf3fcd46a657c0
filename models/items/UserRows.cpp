// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/UserRows.h"

#include "models/codec/ExtendedJson.h"
#include "models/codec/PageJson.h"
#include "models/domain/User.h"
#include "models/items/RowDecoding.h"

#include <utility>

namespace {

using PageJson::Status;

const QLatin1String IdKey("_id");
const QLatin1String HumanIdKey("human_id");
const QLatin1String FirstNameKey("first_name");
const QLatin1String LastNameKey("last_name");
const QLatin1String EmailKey("email");
const QLatin1String PhoneKey("mobile_phone_number");
const QLatin1String TagsKey("tags");
const QLatin1String CreatedKey("created");
const QLatin1String LastLoginKey("last_login");
const QLatin1String DeletedKey("deleted");
const QLatin1String BlockedKey("blocked");

using RowDecoding::view;

// Positions of the members in User::fromJson's reading order.
enum Rank {
    IdRank = 0,
    HumanIdRank = 1,
    FirstNameRank = 2,
    LastNameRank = 3,
    EmailRank = 5,
    PhoneRank = 6,
    TagsRank = 9,
    CreatedRank = 14,
    LastLoginRank = 16,
    DeletedRank = 17,
    BlockedRank = 18,
};

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

} // namespace

QString UserRows::name(const UserRow &row) const
{
    if (row.lastName.isEmpty())
        return text(row.firstName);
    if (row.firstName.isEmpty())
        return text(row.lastName);
    return text(row.firstName) + QLatin1Char(' ') + text(row.lastName);
}

QStringList UserRows::tags(const UserRow &row) const
{
    if (row.tags.isEmpty())
        return QStringList();
    // Each tag is stored after a separator, so that [""] differs from [].
    QStringList tags = text(row.tags).split(QLatin1Char(TagSeparator));
    tags.removeFirst();
    return tags;
}

QString UserRows::tagsText(const UserRow &row, QLatin1String separator) const
{
    if (row.tags.isEmpty())
        return QString();
    QString joined = text(row.tags);
    joined.remove(0, 1);
    joined.replace(QLatin1Char(TagSeparator), separator);
    return joined;
}

bool UserRows::appendPage(const QByteArray &body, DecodeError *error)
{
    auto decodeUser
        = [this](PageJson::object &document, const JsonPath &path, DecodeError *pageError) {
              UserRow &row = m_rows.append();
              RowDecoding::ElementReader reader(path, &m_text, &m_scratch, UserRow::NoTime);
              bool hasId = false;

              auto readTags = [&](PageJson::value &json) {
                  m_tagBuffer.clear();
                  int badIndex = -1;
                  const Status status = PageJson::readTextList(
                      json, &m_scratch, &badIndex, [this](std::string_view tag) {
                          m_tagBuffer.push_back(TagSeparator);
                          m_tagBuffer.append(tag.data(), tag.size());
                      });
                  switch (status) {
                  case Status::Value:
                  case Status::Empty:
                      row.tags = m_text.append(m_tagBuffer);
                      return true;
                  case Status::WrongType: {
                      const JsonPath member = path.child(TagsKey);
                      if (badIndex < 0)
                          reader.errors.fail(TagsRank, member, PageJson::expectedListMessage());
                      else
                          reader.errors.fail(
                              TagsRank, member.element(badIndex), PageJson::expectedTextMessage());
                      return true;
                  }
                  case Status::BadJson:
                      break;
                  }
                  return false;
              };

              const bool membersRead = RowDecoding::forEachMember(
                  document, pageError, [&](std::string_view key, PageJson::value &json) {
                      bool ok = true;
                      if (key == view(IdKey)) {
                          ok = reader.objectId(json, &row.id, &hasId, IdRank, IdKey);
                      } else if (key == view(FirstNameKey)) {
                          ok = reader.text(json, &row.firstName, FirstNameRank, FirstNameKey);
                      } else if (key == view(LastNameKey)) {
                          ok = reader.text(json, &row.lastName, LastNameRank, LastNameKey);
                      } else if (key == view(EmailKey)) {
                          ok = reader.text(json, &row.email, EmailRank, EmailKey);
                      } else if (key == view(PhoneKey)) {
                          ok = reader.text(json, &row.phone, PhoneRank, PhoneKey);
                      } else if (key == view(HumanIdKey)) {
                          ok = reader.text(json, &row.humanId, HumanIdRank, HumanIdKey);
                      } else if (key == view(TagsKey)) {
                          ok = readTags(json);
                      } else if (key == view(CreatedKey)) {
                          ok = reader.time(json, &row.created, CreatedRank, CreatedKey);
                      } else if (key == view(LastLoginKey)) {
                          ok = reader.time(json, &row.lastLogin, LastLoginRank, LastLoginKey);
                      } else if (key == view(DeletedKey)) {
                          ok = reader.flag(json, &row.flags, Deleted, DeletedRank, DeletedKey);
                      } else if (key == view(BlockedKey)) {
                          ok = reader.flag(json, &row.flags, Blocked, BlockedRank, BlockedKey);
                      }
                      // Other members are skipped unread.
                      return ok;
                  });
              if (!membersRead)
                  return false;
              return reader.finish(hasId, IdRank, IdKey, pageError);
          };

    return decodePage(body, error, decodeUser);
}

void UserRows::assign(int index, const User &user)
{
    UserRow &row = m_rows[index];
    auto store = [this](const QString &value) {
        return m_text.append(view(utf8(value)));
    };
    row.humanId = store(user.humanId());
    row.firstName = store(user.firstName());
    row.lastName = store(user.lastName());
    row.email = store(user.email());
    row.phone = store(user.mobilePhoneNumber());
    QString tags;
    for (const QString &tag : user.tags())
        tags += QLatin1Char(TagSeparator) + tag;
    row.tags = store(tags);
    row.created = user.created().isValid() ? user.created().toMSecsSinceEpoch() : UserRow::NoTime;
    row.lastLogin
        = user.lastLogin().isValid() ? user.lastLogin().toMSecsSinceEpoch() : UserRow::NoTime;
    row.flags = quint8((user.isDeleted() ? Deleted : 0) | (user.isBlocked() ? Blocked : 0));
    row.id = user.id().bytes();
}

int UserRows::indexOf(const ObjectId &id) const
{
    return id.isValid() ? RowStore::indexOf(id.bytes()) : -1;
}

void UserRows::clear()
{
    clearStore();
    std::string().swap(m_tagBuffer);
}
