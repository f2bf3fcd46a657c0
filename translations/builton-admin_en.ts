<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ApiClient</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>no complete answer within %n second</numerusform>
            <numerusform>no complete answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkTagDialog</name>
    <message numerus="yes">
        <source>Add a tag to the %Ln selected user(s).</source>
        <translation>
            <numerusform>Add a tag to the %Ln selected user.</numerusform>
            <numerusform>Add a tag to the %Ln selected users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove a tag from the %Ln selected user(s).</source>
        <translation>
            <numerusform>Remove a tag from the %Ln selected user.</numerusform>
            <numerusform>Remove a tag from the %Ln selected users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds %1 to %2 of %Ln selected user(s)</source>
        <translation>
            <numerusform>Adds %1 to %2 of %Ln selected user</numerusform>
            <numerusform>Adds %1 to %2 of %Ln selected users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln already have it)</source>
        <translation>
            <numerusform>(%Ln already has it)</numerusform>
            <numerusform>(%Ln already have it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes %1 from %2 of %Ln selected user(s)</source>
        <translation>
            <numerusform>Removes %1 from %2 of %Ln selected user</numerusform>
            <numerusform>Removes %1 from %2 of %Ln selected users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln do not have it)</source>
        <translation>
            <numerusform>(%Ln do not has it)</numerusform>
            <numerusform>(%Ln do not have it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added to %Ln user(s)</source>
        <translation>
            <numerusform>Added to %Ln user</numerusform>
            <numerusform>Added to %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed from %Ln user(s)</source>
        <translation>
            <numerusform>Removed from %Ln user</numerusform>
            <numerusform>Removed from %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln canceled</source>
        <translation>
            <numerusform>%Ln canceled</numerusform>
            <numerusform>%Ln canceled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected user(s) (%Ln)</source>
        <translation>
            <numerusform>The &amp;selected user (%Ln)</numerusform>
            <numerusform>The &amp;selected users (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds %1 to %2 of %Ln matching user(s)</source>
        <translation>
            <numerusform>Adds %1 to %2 of %Ln matching user</numerusform>
            <numerusform>Adds %1 to %2 of %Ln matching users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes %1 from %2 of %Ln matching user(s)</source>
        <translation>
            <numerusform>Removes %1 from %2 of %Ln matching user</numerusform>
            <numerusform>Removes %1 from %2 of %Ln matching users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A&amp;ll %Ln matching user(s)</source>
        <translation>
            <numerusform>A&amp;ll %Ln matching user</numerusform>
            <numerusform>A&amp;ll %Ln matching users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add a tag to all %Ln matching user(s).</source>
        <translation>
            <numerusform>Add a tag to the %Ln matching user.</numerusform>
            <numerusform>Add a tag to all %Ln matching users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove a tag from all %Ln matching user(s).</source>
        <translation>
            <numerusform>Remove a tag from the %Ln matching user.</numerusform>
            <numerusform>Remove a tag from all %Ln matching users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkTagJob</name>
    <message numerus="yes">
        <source>The user kept changing while the tag was written (tried %n time(s)); nothing was overwritten.</source>
        <translation>
            <numerusform>The user kept changing while the tag was written (tried %n time); nothing was overwritten.</numerusform>
            <numerusform>The user kept changing while the tag was written (tried %n times); nothing was overwritten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeJournalDialog</name>
    <message numerus="yes">
        <source>%Ln change(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln change exported to %1.</numerusform>
            <numerusform>%Ln changes exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln change(s)</source>
        <translation>
            <numerusform>%1 of %Ln change</numerusform>
            <numerusform>%1 of %Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved changes to %n user(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Discard the unsaved changes to %n user? This cannot be undone.</numerusform>
            <numerusform>Discard the unsaved changes to %n users? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoToDialog</name>
    <message numerus="yes">
        <source>%Ln match(es): Up and Down choose, Enter opens.</source>
        <translation>
            <numerusform>%Ln match: Up and Down choose, Enter opens.</numerusform>
            <numerusform>%Ln matches: Up and Down choose, Enter opens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyAccountPage</name>
    <message numerus="yes">
        <source>%Ln order(s), newest first.</source>
        <translation>
            <numerusform>%Ln order, newest first.</numerusform>
            <numerusform>%Ln orders, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln payment</numerusform>
            <numerusform>%Ln payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln failed</source>
        <translation>
            <numerusform>%1, %Ln failed</numerusform>
            <numerusform>%1, %Ln failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <source>%Ln without an amount</source>
        <translation>
            <numerusform>%Ln without an amount</numerusform>
            <numerusform>%Ln without an amount</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln order to %1.</numerusform>
            <numerusform>Exported %Ln orders to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s) loaded</source>
        <extracomment>&quot;300 of 1,234 orders loaded&quot;</extracomment>
        <translation>
            <numerusform>%1 of %Ln order loaded</numerusform>
            <numerusform>%1 of %Ln orders loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentMethodsModel</name>
    <message numerus="yes">
        <source>Valid until %1: expires within %n day(s).</source>
        <translation>
            <numerusform>Valid until %1: expires within %n day.</numerusform>
            <numerusform>Valid until %1: expires within %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentMethodsView</name>
    <message numerus="yes">
        <source>%Ln payment method(s)</source>
        <translation>
            <numerusform>%Ln payment method</numerusform>
            <numerusform>%Ln payment methods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln expired</numerusform>
            <numerusform>%Ln expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expiring within 30 days</source>
        <translation>
            <numerusform>%Ln expiring within 30 days</numerusform>
            <numerusform>%Ln expiring within 30 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusFilterButton</name>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionPaymentsDialog</name>
    <message numerus="yes">
        <source>%Ln payment(s), %1 failed</source>
        <translation>
            <numerusform>%Ln payment, %1 failed</numerusform>
            <numerusform>%Ln payments, %1 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionsView</name>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln subscription</numerusform>
            <numerusform>%Ln subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln subscription(s) loaded</source>
        <translation>
            <numerusform>%1 of %Ln subscription loaded</numerusform>
            <numerusform>%1 of %Ln subscriptions loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <source>Exported %Ln user(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln user to %1.</numerusform>
            <numerusform>Exported %Ln users to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 of %Ln user(s)</source>
        <translation>
            <numerusform>%1–%2 of %Ln user</numerusform>
            <numerusform>%1–%2 of %Ln users</numerusform>
        </translation>
    </message>
</context>
</TS>
