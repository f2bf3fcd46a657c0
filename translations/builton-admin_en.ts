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
        <source>%n change(s) exported to %1.</source>
        <translation>
            <numerusform>%n change exported to %1.</numerusform>
            <numerusform>%n changes exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s)</source>
        <translation>
            <numerusform>%1 of %n change</numerusform>
            <numerusform>%1 of %n changes</numerusform>
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
    <name>MyAccountPage</name>
    <message numerus="yes">
        <source>%n order(s), newest first.</source>
        <translation>
            <numerusform>%n order, newest first.</numerusform>
            <numerusform>%n orders, newest first.</numerusform>
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
    <name>OrdersPreviewPage</name>
    <message numerus="yes">
        <source>The %n newest orders.</source>
        <translation>
            <numerusform>The %n newest order.</numerusform>
            <numerusform>The %n newest orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 newest of %2 orders.</source>
        <translation>
            <numerusform>The %1 newest of %2 orders.</numerusform>
            <numerusform>The %1 newest of %2 orders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>Exported %n order to %1.</numerusform>
            <numerusform>Exported %n orders to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an amount</source>
        <translation>
            <numerusform>%n without an amount</numerusform>
            <numerusform>%n without an amount</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s) loaded</source>
        <extracomment>&quot;300 of 1,234 orders loaded&quot;</extracomment>
        <translation>
            <numerusform>%1 of %n order loaded</numerusform>
            <numerusform>%1 of %n orders loaded</numerusform>
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
        <source>%n payment method(s)</source>
        <translation>
            <numerusform>%n payment method</numerusform>
            <numerusform>%n payment methods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within 30 days</source>
        <translation>
            <numerusform>%n expiring within 30 days</numerusform>
            <numerusform>%n expiring within 30 days</numerusform>
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
    <name>SubscriptionsPreviewPage</name>
    <message numerus="yes">
        <source>The %n newest subscriptions.</source>
        <translation>
            <numerusform>The %n newest subscription.</numerusform>
            <numerusform>The %n newest subscriptions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 newest of %2 subscriptions.</source>
        <translation>
            <numerusform>The %1 newest of %2 subscriptions.</numerusform>
            <numerusform>The %1 newest of %2 subscriptions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionsView</name>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n subscription(s) loaded</source>
        <translation>
            <numerusform>%1 of %n subscription loaded</numerusform>
            <numerusform>%1 of %n subscriptions loaded</numerusform>
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
<context>
    <name>UsersPreviewPage</name>
    <message numerus="yes">
        <source>The %n newest users.</source>
        <translation>
            <numerusform>The %n newest user.</numerusform>
            <numerusform>The %n newest users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 newest of %2 users.</source>
        <translation>
            <numerusform>The %1 newest of %2 users.</numerusform>
            <numerusform>The %1 newest of %2 users.</numerusform>
        </translation>
    </message>
</context>
</TS>
