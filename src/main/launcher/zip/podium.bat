@echo off
rem podium.bat: Podium from podium-VERSION-any.zip on Windows, run by the Java 17 or newer installed on this computer
rem (%JAVA_HOME%\bin, else java on the PATH), with JavaFX for Windows from javafx\win.
rem Double-clicked (no arguments) it opens the desktop app without a console window; with arguments it is the
rem command line, e.g. podium rank contests\monitor-stand --scores contests\monitor-stand\scores\sample.csv
rem The JVM settings are those of every Podium launcher (pom.xml podium.jvm.options).
setlocal
set "HERE=%~dp0"
set "CP=%HERE%podium.jar;%HERE%lib\*;%HERE%javafx\win\*"
set "JAVA_EXE=java"
set "JAVAW_EXE=javaw"
if not defined JAVA_HOME goto found
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
set "JAVAW_EXE=%JAVA_HOME%\bin\javaw.exe"
:found
where "%JAVA_EXE%" >nul 2>nul
if errorlevel 1 if not exist "%JAVA_EXE%" goto nojava
if "%~1"=="" goto app
"%JAVA_EXE%" @JVM_OPTIONS@ -cp "%CP%" org.podium.Launcher %*
exit /b %ERRORLEVEL%
:app
start "Podium" "%JAVAW_EXE%" @JVM_OPTIONS@ -cp "%CP%" org.podium.Launcher
exit /b 0
:nojava
echo podium: no Java found; Podium needs Java 17 or newer (https://adoptium.net), or use the installer with its own Java.
pause
exit /b 9009
