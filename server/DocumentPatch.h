// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserPatch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Server {

/// Validation of the bodies that write an order or a subscription: PUT /orders/{id},
/// PUT /subscriptions/{id}, and the bodies of their actions (cancel, stop, start).
///
/// Read as strictly as the bodies that write a user (JsonCheck first, no member twice, an
/// unknown or read-only member named in the refusal), into the members to splice into the
/// stored document, as the client spelled them (minified); a payment method is normalized to
/// {"$oid": id}. Statuses must be values the server knows (Lifecycle); whether the document
/// may take them is decided against the stored one (Lifecycle::refuse...()).
class DocumentPatch
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPatch)

public:
    using Error = UserPatch::Error;

    enum class Body {
        Order, ///< order_status, delivery_status, note
        Subscription, ///< payment_method, note
        Start, ///< payment_method (optional); no bytes at all is {}
        Action, ///< cancel and stop: {}, or no bytes at all
    };

    static constexpr int MaxNoteLength = UserPatch::MaxTextLength;
    /// A body nests a reference ({"payment_method": {"$oid": id}}) at most; deeper text is
    /// refused before it is parsed.
    static constexpr int MaxDepth = 16;

    /// Members to write, in body order: field name and its new raw JSON value.
    QList<QPair<QString, QByteArray>> members;
    std::optional<QString> orderStatus;
    std::optional<QString> deliveryStatus;
    std::optional<QString> paymentMethodId;

    static bool parse(Body body, const QByteArray &text, DocumentPatch *out, Error *error);
};

} // namespace Server
