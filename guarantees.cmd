@echo off
rem The guarantees command-line tool on Windows, from a fresh clone with only Java 17:
rem   guarantees --help
rem   guarantees check my-scenario.yaml
rem Runs guarantees-cli\target\guarantees-cli.jar. The first call, and any call after a source or
rem POM of the tool's modules changed, builds that jar first; otherwise Maven is not started.
setlocal
set "ROOT=%~dp0"
set "JAR=%ROOT%guarantees-cli\target\guarantees-cli.jar"
set "STALE=yes"
if exist "%JAR%" (
  for /f %%s in ('powershell -NoProfile -NonInteractive -Command "$j=(Get-Item -LiteralPath '%JAR%').LastWriteTimeUtc; $f=@(Get-Item -LiteralPath '%ROOT%pom.xml') + @('guarantees-core','guarantees-io','guarantees-examples','guarantees-atop','guarantees-cli' | ForEach-Object { Join-Path '%ROOT%' $_ } | ForEach-Object { @(Get-Item -LiteralPath (Join-Path $_ 'pom.xml')) + @(Get-ChildItem -LiteralPath (Join-Path $_ 'src\main') -Recurse -File -ErrorAction SilentlyContinue) }); if (@($f | Where-Object { $_.LastWriteTimeUtc -gt $j }).Count -gt 0) { 'yes' } else { 'no' }"') do set "STALE=%%s"
)
if "%STALE%"=="yes" (
  call "%ROOT%mvnw.cmd" -B -q -f "%ROOT%pom.xml" -pl guarantees-cli -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true 1>&2
  if errorlevel 1 (
    echo guarantees: the build failed ^(see above^) 1>&2
    exit /b 2
  )
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%
