; Inno Setup script: a per-user installer for the one-folder Windows build.
; Build on Windows, after `pyinstaller .ci\wellness-app.spec` from the repository root:
;   iscc /DAppVersion=0.1.0 .ci\windows\wellness-app.iss
; It installs into %LOCALAPPDATA%\Programs (no administrator rights), adds a Start-menu
; entry carrying the app's AppUserModelID, and an entry in Apps & features to uninstall.
; The journal itself lives in the user's data folder and is never touched by uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppId "org.wellness_app.journal"
#define AppName "Wellness Journal"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The wellness_app contributors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DisableProgramGroupPage=yes
LicenseFile=..\..\LICENSE
OutputDir=..\..\build\installer
OutputBaseFilename=wellness-journal-{#AppVersion}-setup
SetupIconFile=..\..\build\generated\wellness-app.ico
UninstallDisplayIcon={app}\wellness-app-gui.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Files]
Source: "..\..\build\dist\wellness-app\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\wellness-app-gui.exe"; AppUserModelID: "{#AppId}"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\wellness-app-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Registry]
; uninstalling also removes the "start at login" value the app may have written
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "{#AppId}"; Flags: uninsdeletevalue dontcreatekey
