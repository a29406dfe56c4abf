; Inno Setup 6 script for Meet-and-Confer Log (Windows 10 or later, 64-bit).
; Needs Inno Setup 6.3 or later (for "x64compatible"). Saved as UTF-8 with a byte-order
; mark so the compiler reads the Spanish messages correctly: keep it that way.
;
; Build on Windows, after `installer\build` has made dist\meetconfer and build\version.iss:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\meetconfer.iss
; The setup program appears in dist\installer\. See installer\README.md for every step.
;
; What it does, and why:
; - Installs for the current user only, without administrator rights, by default: a user
;   on a locked-down PC can still install it. Staff install it for every account with
;   /ALLUSERS (silent: /VERYSILENT /ALLUSERS /SUPPRESSMSGBOXES /NORESTART).
; - Refuses Windows older than 10, and 32-bit Windows, with a plain message: Qt 6 needs
;   64-bit Windows 10 or later.
; - Puts one entry in the Start menu (and one for the fictional sample case).
; - The uninstaller removes only the program's own files. The user's data is never in the
;   program folder ({app}): it lives in the user's own folder
;   (%LOCALAPPDATA%\MeetConferLog) or wherever --data-dir or a portable folder puts it,
;   and nothing below deletes it. (Inno Setup never deletes files it did not install, and
;   there is no [UninstallDelete] section on purpose; [InstallDelete] only clears the old
;   {app}\_internal on an upgrade.)

; The version comes from the package (app/__init__.py): installer\build writes it to
; build\version.iss. `ISCC /DAppVersion=1.2.3 installer\meetconfer.iss` overrides it.
#ifndef AppVersion
  #if FileExists(AddBackslash(SourcePath) + "..\build\version.iss")
    ; A relative #include is found from this script's own folder.
    #include "..\build\version.iss"
  #else
    #error build\version.iss is missing: run installer\build first, or pass /DAppVersion=x.y.z to ISCC
  #endif
#endif

#define AppName "Meet-and-Confer Log"
#define AppExe "meetconfer.exe"
#define DistDir AddBackslash(SourcePath) + "..\dist\meetconfer"
#define IconFile AddBackslash(SourcePath) + "..\resources\icons\meetconfer.ico"

#if !FileExists(AddBackslash(DistDir) + AppExe)
  #error dist\meetconfer\meetconfer.exe is missing: run installer\build first
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{519D620A-6C2B-442A-A4E6-4C0D3B3FF0A6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Meet-and-Confer Log contributors
; {autopf} is %LOCALAPPDATA%\Programs for a per-user install, C:\Program Files for all users.
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; Per-user, no administrator rights, unless the person installing chooses otherwise (a
; dialog asks) or staff pass /ALLUSERS (or /CURRENTUSER) on the command line.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
; Windows 10 or later, 64-bit only (the messages for other PCs are in [Messages] below).
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Relative to this script's folder.
OutputDir=..\dist\installer
OutputBaseFilename=MeetConferLog-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy before replacing its files (an upgrade while someone has it open).
CloseApplications=yes
RestartApplications=no
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
; A log in %TEMP% helps staff find out why an install failed on a locked-down PC.
SetupLogging=yes
#if FileExists(IconFile)
SetupIconFile={#IconFile}
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Messages]
; Said plainly, for the person at the PC, instead of Inno Setup's general wording.
english.WinVersionTooLowError=Meet-and-Confer Log needs Windows 10 or later, 64-bit. This computer has an older Windows, so the program cannot be installed here.
spanish.WinVersionTooLowError=Meet-and-Confer Log necesita Windows 10 o posterior, de 64 bits. Esta computadora tiene un Windows más antiguo, así que el programa no se puede instalar aquí.
english.OnlyOnTheseArchitectures=Meet-and-Confer Log needs the 64-bit (x64) edition of Windows 10 or later. The Windows on this computer is a different edition, so the program cannot be installed here.
spanish.OnlyOnTheseArchitectures=Meet-and-Confer Log necesita la edición de 64 bits (x64) de Windows 10 o posterior. El Windows de esta computadora es otra edición, así que el programa no se puede instalar aquí.

[CustomMessages]
english.DemoShortcut={#AppName} (sample case)
spanish.DemoShortcut={#AppName} (caso de ejemplo)
english.DemoComment=Opens a fictional sample case to try the program
spanish.DemoComment=Abre un caso ficticio de ejemplo para probar el programa
english.AppComment=Keep a log of letters and calls with defense counsel
spanish.AppComment=Lleve un registro de cartas y llamadas con los abogados de la defensa

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; On an upgrade, remove the previous version's bundle first: a Qt plugin or library left
; over from an older build would otherwise be loaded by the new one. This is the program's
; own folder inside {app}; the user's data is never in it.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole PyInstaller folder: both executables (meetconfer.exe, windowed, and
; meetconfer-cli.exe, with a console for the smoke test and the command line) and the
; _internal folder they share. It never contains a `data` folder or portable.txt, so an
; installed copy is never in portable mode by accident.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autoprograms}\{cm:DemoShortcut}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; Comment: "{cm:DemoComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; Offered at the end of an interactive install; never during a silent one.
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
