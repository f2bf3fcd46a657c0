# The app shell: main window, navigation, message banner, production band, connection
# dialog, preferences, About and the shortcut overview, appearance (light/dark palette), the
# session (current profile, role probe, switching), --demo's local server and
# the command line. Pages of later issues derive from Page.
target_sources(builton_ui PRIVATE
    AboutDialog.cpp AboutDialog.h
    AccessRole.cpp AccessRole.h
    Appearance.cpp Appearance.h
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
    Preferences.cpp Preferences.h
    PreferencesDialog.cpp PreferencesDialog.h
    RoleProbe.cpp RoleProbe.h
    Session.cpp Session.h
    ShortcutsDialog.cpp ShortcutsDialog.h
    StartupOptions.cpp StartupOptions.h
    Translation.cpp Translation.h
    UiLogging.cpp UiLogging.h)
