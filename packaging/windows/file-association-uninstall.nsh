; Connection Doctor: removes what file-association-install.nsh registered.
; CPack's NSIS template includes this file inside the uninstall section
; (CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS in packaging/CMakeLists.txt).
; .cdprofile itself goes only if it still points at this app.
ReadRegStr $0 SHCTX "Software\Classes\.cdprofile" ""
StrCmp $0 "ConnectionDoctor.Profile" 0 +2
  DeleteRegKey SHCTX "Software\Classes\.cdprofile"
DeleteRegValue SHCTX "Software\Classes\.cdprofile\OpenWithProgids" "ConnectionDoctor.Profile"
DeleteRegKey SHCTX "Software\Classes\ConnectionDoctor.Profile"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
