# Target settings for the connection-doctor executable that belong where
# the target is defined, before its install() rule: the Windows resource
# (icon, version information) and the macOS bundle (Info.plist, icon).
#
# In app/CMakeLists.txt:
#
#   include(${PROJECT_SOURCE_DIR}/packaging/cmake/ConnectionDoctorApp.cmake)
#   qt_add_executable(connection-doctor main.cpp)
#   cdoc_configure_app_target(connection-doctor)
#   ...
#   install(TARGETS connection-doctor
#       RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
#       BUNDLE DESTINATION .)
#
# On Linux it only adds the compile definition CDOC_APP_ID, for
# QGuiApplication::setDesktopFileName(QStringLiteral(CDOC_APP_ID)) so that
# Wayland compositors match the window to the desktop file and its icon.
include_guard(GLOBAL)

# A cache entry, so every directory sees it after the first include.
set(CDOC_APP_ID "io.github.connectiondoctor.ConnectionDoctor" CACHE INTERNAL "The app's reverse-DNS id")

option(CDOC_WINDOWS_GUI_SUBSYSTEM
    "Windows: link connection-doctor.exe as a GUI program (no console window when started from the Start menu; the headless mode then needs AttachConsole to print)"
    OFF)

function(cdoc_configure_app_target target)
    get_filename_component(packaging_dir "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/.." ABSOLUTE)

    # Version numbers for the Windows resource and the Info.plist.
    set(CDOC_VERSION "${PROJECT_VERSION}")
    foreach(part MAJOR MINOR PATCH)
        set(CDOC_VERSION_${part} "${PROJECT_VERSION_${part}}")
        if(CDOC_VERSION_${part} STREQUAL "")
            set(CDOC_VERSION_${part} 0)
        endif()
    endforeach()

    target_compile_definitions(${target} PRIVATE CDOC_APP_ID="${CDOC_APP_ID}")

    if(WIN32)
        set(CDOC_RC_ICON "${packaging_dir}/windows/connection-doctor.ico")
        configure_file("${packaging_dir}/windows/connection-doctor.rc.in"
                       "${CMAKE_CURRENT_BINARY_DIR}/connection-doctor.rc" @ONLY)
        target_sources(${target} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/connection-doctor.rc")
        if(CDOC_WINDOWS_GUI_SUBSYSTEM)
            set_target_properties(${target} PROPERTIES WIN32_EXECUTABLE ON)
        endif()
    elseif(APPLE)
        set(icns "${packaging_dir}/macos/connection-doctor.icns")
        target_sources(${target} PRIVATE "${icns}")
        set_source_files_properties("${icns}" TARGET_DIRECTORY ${target}
            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

        if(CMAKE_OSX_DEPLOYMENT_TARGET)
            set(CDOC_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
        elseif(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            set(CDOC_MACOS_MINIMUM 11.0)
        else()
            set(CDOC_MACOS_MINIMUM 10.14)
        endif()
        get_target_property(output_name ${target} OUTPUT_NAME)
        if(NOT output_name)
            set(output_name ${target})
        endif()
        set(CDOC_EXECUTABLE_NAME "${output_name}")
        configure_file("${packaging_dir}/macos/Info.plist.in"
                       "${CMAKE_CURRENT_BINARY_DIR}/Info.plist" @ONLY)
        set_target_properties(${target} PROPERTIES
            MACOSX_BUNDLE ON
            MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_BINARY_DIR}/Info.plist"
            MACOSX_BUNDLE_GUI_IDENTIFIER "${CDOC_APP_ID}"
            MACOSX_BUNDLE_BUNDLE_NAME "Connection Doctor"
            MACOSX_BUNDLE_BUNDLE_VERSION "${CDOC_VERSION}"
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${CDOC_VERSION}"
            MACOSX_BUNDLE_ICON_FILE connection-doctor.icns
            XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${CDOC_APP_ID}")
    endif()

    set_property(TARGET ${target} PROPERTY CDOC_APP_CONFIGURED TRUE)
endfunction()
