# The app shell: main window, navigation, message banner, production band, connection
# dialog, the session (current profile, role probe, switching), --demo's local server and
# the command line. Pages of later issues derive from Page.
target_sources(builton_ui PRIVATE
    AccessRole.cpp AccessRole.h
    Clock.cpp Clock.h
    ConnectionDialog.cpp ConnectionDialog.h
    ConnectionStatusView.cpp ConnectionStatusView.h
    EnvironmentBand.cpp EnvironmentBand.h
    ErrorBanner.cpp ErrorBanner.h
    Icons.cpp Icons.h
    Launcher.cpp Launcher.h
    ListPreviewPage.cpp ListPreviewPage.h
    LocalServerProcess.cpp LocalServerProcess.h
    MainWindow.cpp MainWindow.h
    MessageBox.cpp MessageBox.h
    MyAccountPage.cpp MyAccountPage.h
    Page.cpp Page.h
    RoleProbe.cpp RoleProbe.h
    Session.cpp Session.h
    StartupOptions.cpp StartupOptions.h
    UiLogging.cpp UiLogging.h)
