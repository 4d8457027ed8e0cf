; Inno Setup 6 script for Reageerwijzer (Windows installer). NOT built or run here: there is no Windows
; machine for this project (see packaging/README.md for what was and was not tried).
; 1. On Windows 10/11 x64, in a venv: pip install -c packaging\constraints.txt -e ".[packaging]"
;    then python packaging\build.py   (bundle in packaging\dist\Reageerwijzer, smoke-tested)
; 2. iscc /DAppVersion=<version printed by build.py> packaging\windows\reageerwijzer.iss
;    -> packaging\dist\Reageerwijzer-<version>-setup.exe
;
; Requirements follow the pinned PySide6 (6.12, pyproject.toml): Qt 6.12 supports Windows 10 1809
; (build 17763) and later, x64 only (the win_arm64 wheel would need an arm64 Python and build).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E8C1B52-6E5D-4E69-9B55-3A3F0C7B2D11}
AppName=Reageerwijzer
AppVersion={#AppVersion}
AppVerName=Reageerwijzer {#AppVersion}
AppPublisher=Reageerwijzer
; Per-user install, no administrator rights: {autopf} is %LOCALAPPDATA%\Programs, {autoprograms}
; the user's own Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Reageerwijzer
DisableProgramGroupPage=yes
DisableDirPage=auto
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=Reageerwijzer-{#AppVersion}-setup
SetupIconFile=..\build\icons\reageerwijzer.ico
UninstallDisplayIcon={app}\reageerwijzer.exe
UninstallDisplayName=Reageerwijzer
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; The user's history lives in %LOCALAPPDATA%\Reageerwijzer (platformdirs) and is never removed.

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: reageerwijzer.exe (window), reageerwijzer-cli.exe (command line),
; _internal\ (Python, Qt, spaCy, the model, resources) and THIRD_PARTY_NOTICES.
Source: "..\dist\Reageerwijzer\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the program files completely (old libraries must not linger next to new ones).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Reageerwijzer"; Filename: "{app}\reageerwijzer.exe"; WorkingDir: "{userdocs}"
Name: "{autoprograms}\Licenties van Reageerwijzer"; Filename: "{app}\THIRD_PARTY_NOTICES"; Languages: dutch
Name: "{autoprograms}\Reageerwijzer licences"; Filename: "{app}\THIRD_PARTY_NOTICES"; Languages: english
Name: "{autodesktop}\Reageerwijzer"; Filename: "{app}\reageerwijzer.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; "Open with Reageerwijzer" for history files (.sqlite3), per user; the app opens it as its history.
Root: HKCU; Subkey: "Software\Classes\Applications\reageerwijzer.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\reageerwijzer.exe"" ""%1"""; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\.sqlite3\OpenWithList\reageerwijzer.exe"; ValueType: string; ValueName: ""; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\reageerwijzer.exe"; Description: "{cm:LaunchProgram,Reageerwijzer}"; Flags: nowait postinstall skipifsilent
