// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/widgets/Page.h"

#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class ApiClient;
class ApiReply;
class JsonPath;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
struct DecodeError;

/// A read-only table of the newest documents of one list (the first page, as the server
/// sorts it): the stand-in for the Users, Orders and Subscriptions pages until their full
/// versions (paging, search, filters, editing) replace it. It says how many it shows out of
/// how many, and does not sort or filter the rows it has, so it never passes one page off
/// as the whole list.
class ListPreviewPage : public Page
{
    Q_OBJECT

public:
    static constexpr int previewSize = 50;

    /// \a name prefixes the object names: "users" gives usersPage, usersTable, usersReload.
    ListPreviewPage(Session *session, const QString &name, QWidget *parent = nullptr);
    ~ListPreviewPage() override;

    void activate() override;
    /// Loads the first page again.
    void reload();

    QStandardItemModel *model() const { return m_model; }

protected:
    /// One row of display texts, or nothing with \a error set when the document does not decode.
    struct Row
    {
        QStringList cells;
    };

    virtual ApiReply *requestPreview(ApiClient *client, int size) = 0;
    virtual QStringList headers() const = 0;
    virtual std::optional<Row> decodeRow(
        const QJsonObject &document, const JsonPath &path, DecodeError *error) const = 0;
    /// "The 50 newest of 5,000 users."
    virtual QString summary(int shown, qint64 total) const = 0;
    /// Columns shown right-aligned (amounts).
    virtual QList<int> numericColumns() const { return {}; }
    /// Column that takes the spare width.
    virtual int stretchColumn() const { return 0; }

    void resetContents() override;
    /// Builds the widgets; subclasses call it at the end of their constructor, when their
    /// title() and headers() work.
    void setUpUi();

    static QString formatDate(const QDateTime &utc);

private:
    void onReply(const ApiReply &reply);

    QString m_name;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_reload = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QPointer<ApiReply> m_reply;
};

/// Staff: the newest users of the company.
class UsersPreviewPage final : public ListPreviewPage
{
    Q_OBJECT

public:
    explicit UsersPreviewPage(Session *session, QWidget *parent = nullptr);
    QString title() const override;
    QIcon icon() const override;
    bool isAvailableFor(AccessRole role) const override { return role == AccessRole::Staff; }

protected:
    ApiReply *requestPreview(ApiClient *client, int size) override;
    QStringList headers() const override;
    std::optional<Row> decodeRow(
        const QJsonObject &document, const JsonPath &path, DecodeError *error) const override;
    QString summary(int shown, qint64 total) const override;
    int stretchColumn() const override { return 4; }
};

/// Staff: the newest orders of the company.
class OrdersPreviewPage final : public ListPreviewPage
{
    Q_OBJECT

public:
    explicit OrdersPreviewPage(Session *session, QWidget *parent = nullptr);
    QString title() const override;
    QIcon icon() const override;
    bool isAvailableFor(AccessRole role) const override { return role == AccessRole::Staff; }

protected:
    ApiReply *requestPreview(ApiClient *client, int size) override;
    QStringList headers() const override;
    std::optional<Row> decodeRow(
        const QJsonObject &document, const JsonPath &path, DecodeError *error) const override;
    QString summary(int shown, qint64 total) const override;
    QList<int> numericColumns() const override { return {4}; }
    int stretchColumn() const override { return 1; }
};

/// Staff: the newest subscriptions of the company.
class SubscriptionsPreviewPage final : public ListPreviewPage
{
    Q_OBJECT

public:
    explicit SubscriptionsPreviewPage(Session *session, QWidget *parent = nullptr);
    QString title() const override;
    QIcon icon() const override;
    bool isAvailableFor(AccessRole role) const override { return role == AccessRole::Staff; }

protected:
    ApiReply *requestPreview(ApiClient *client, int size) override;
    QStringList headers() const override;
    std::optional<Row> decodeRow(
        const QJsonObject &document, const JsonPath &path, DecodeError *error) const override;
    QString summary(int shown, qint64 total) const override;
};
