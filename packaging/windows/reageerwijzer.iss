; Inno Setup script for Reageerwijzer (Windows installer).
; Build the bundle first on Windows: python packaging\build.py
; Then: iscc /DAppVersion=0.1.0 packaging\windows\reageerwijzer.iss
; (packaging\build.py prints the version; it comes from app/__init__.py, which pyproject.toml reads.)

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E8C1B52-6E5D-4E69-9B55-3A3F0C7B2D11}
AppName=Reageerwijzer
AppVersion={#AppVersion}
AppPublisher=Reageerwijzer
DefaultDirName={autopf}\Reageerwijzer
DefaultGroupName=Reageerwijzer
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=Reageerwijzer-{#AppVersion}-setup
SetupIconFile=..\build\icons\reageerwijzer.ico
UninstallDisplayIcon={app}\reageerwijzer.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\Reageerwijzer\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Reageerwijzer"; Filename: "{app}\reageerwijzer.exe"
Name: "{autodesktop}\Reageerwijzer"; Filename: "{app}\reageerwijzer.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\reageerwijzer.exe"; Description: "{cm:LaunchProgram,Reageerwijzer}"; Flags: nowait postinstall skipifsilent
