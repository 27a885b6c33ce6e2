; Inno Setup script for nspdesk (Inno Setup 6.3 or newer).
;
; Build the bundle first, then the installer, from the repository root:
;     py -3.11 packaging\build_bundle.py
;     iscc packaging\windows\nspdesk.iss
; The installer lands in dist\installer\nspdesk-<version>-setup.exe. Keep AppVersion equal to
; pyproject.toml's version (tests/integration/test_selftest.py checks it), or pass /DAppVersion=X.Y.Z.
;
; The uninstaller removes only what the installer put into {app}. The user's database and its backups
; (in %LOCALAPPDATA%\nspdesk) and settings (registry, HKCU\Software\nspdesk) are never touched.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "nspdesk"
#define AppPublisher "nspdesk developers"
#define AppExe "nspdesk.exe"
#define Bundle "..\..\dist\nspdesk"

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{EFC59C8F-9860-459A-B483-8B77193FADA8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; Per machine by default (an administrator installs for the team); the dialog offers "only for me".
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\nspdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Close a running nspdesk before files are replaced.
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle: libraries of the previous version must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
