; Connection Doctor: registers helpdesk profiles (*.cdprofile) with the app.
; CPack's NSIS template includes this file inside the install section
; (CPACK_NSIS_EXTRA_INSTALL_COMMANDS in packaging/CMakeLists.txt).
; SHCTX is HKLM for an all-users install and HKCU otherwise.
WriteRegStr SHCTX "Software\Classes\.cdprofile" "" "ConnectionDoctor.Profile"
WriteRegStr SHCTX "Software\Classes\.cdprofile" "Content Type" "application/vnd.connection-doctor.profile+json"
WriteRegStr SHCTX "Software\Classes\.cdprofile\OpenWithProgids" "ConnectionDoctor.Profile" ""
WriteRegStr SHCTX "Software\Classes\ConnectionDoctor.Profile" "" "Connection Doctor profile"
WriteRegStr SHCTX "Software\Classes\ConnectionDoctor.Profile\DefaultIcon" "" "$INSTDIR\bin\connection-doctor.exe,0"
WriteRegStr SHCTX "Software\Classes\ConnectionDoctor.Profile\shell\open\command" "" '"$INSTDIR\bin\connection-doctor.exe" "%1"'
; SHCNE_ASSOCCHANGED: let Explorer pick up the new association now.
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
