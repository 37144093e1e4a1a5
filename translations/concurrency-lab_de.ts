<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Lab::Core</name>
    <message>
        <source>Process %1, %2 threads</source>
        <translation>Prozess %1, %2 Threads</translation>
    </message>
    <message>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>OS NAME</source>
        <translation>OS-NAME</translation>
    </message>
    <message>
        <source>KERNEL</source>
        <translation>KERNEL</translation>
    </message>
    <message>
        <source>LAB STATE</source>
        <translation>LAB-ZUSTAND</translation>
    </message>
    <message>
        <source>CPU%</source>
        <translation>CPU%</translation>
    </message>
    <message>
        <source>CORE</source>
        <translation>KERN</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Lab threads to start.</source>
        <translation>Anzahl der zu startenden Lab-Threads.</translation>
    </message>
    <message>
        <source>Thread names are PREFIX-0, PREFIX-1, ...</source>
        <translation>Die Threads heißen PREFIX-0, PREFIX-1, ...</translation>
    </message>
    <message>
        <source>Keep running this long after printing.</source>
        <translation>Nach der Ausgabe noch so lange weiterlaufen.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>concurrency-lab threads: note: names longer than 15 bytes are truncated by the kernel; the os_name column shows what ps sees</source>
        <translation>concurrency-lab threads: Hinweis: Der Kernel kürzt Namen, die länger als 15 Bytes sind; die Spalte os_name zeigt, was ps sieht</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>instruction</source>
        <translation>Befehls</translation>
    </message>
    <message>
        <source>unified</source>
        <translation>vereinheitlichter</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is not a regular file (a device or a pipe)</source>
        <translation>es ist keine reguläre Datei (ein Gerät oder eine Pipe)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>L%1 %2 %3 × %4</source>
        <translation>L%1 %2 %3 × %4</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>node %1: CPUs %2, %3</source>
        <translation>Knoten %1: CPUs %2, %3</translation>
    </message>
    <message>
        <source>%1 cores: CPUs %2</source>
        <translation>%1-Kerne: CPUs %2</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Mean ± σ [s]</source>
        <translation>Mittelwert ± σ [s]</translation>
    </message>
    <message>
        <source>Min [s]</source>
        <translation>Min. [s]</translation>
    </message>
    <message>
        <source>Max [s]</source>
        <translation>Max. [s]</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relativ</translation>
    </message>
    <message>
        <source>(reference)</source>
        <translation>(Referenz)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ran %2 ± %3 times faster than %4</source>
        <translation>%1 lief %2 ± %3-mal schneller als %4</translation>
    </message>
    <message>
        <source>%1 ran %2 ± %3 times slower than %4</source>
        <translation>%1 lief %2 ± %3-mal langsamer als %4</translation>
    </message>
    <message>
        <source>[%1/%2] %3
</source>
        <translation>[%1/%2] %3
</translation>
    </message>
    <message>
        <source>Saved %1 of %2 files in %3
</source>
        <translation>%1 von %2 Dateien in %3 gespeichert
</translation>
    </message>
</context>
<context>
    <name>Lab::Core::AtomicFile</name>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Lab::Core::Benchmark</name>
    <message>
        <source>%1 (1 worker)</source>
        <translation>%1 (1 Worker)</translation>
    </message>
    <message>
        <source>%1 (%2 workers)</source>
        <translation>%1 (%2 Worker)</translation>
    </message>
    <message>
        <source>There is nothing to measure: no strategy was chosen.</source>
        <translation>Es gibt nichts zu messen: Es wurde keine Strategie gewählt.</translation>
    </message>
    <message>
        <source>The number of runs must be at least 1 and of warm-up runs at least 0.</source>
        <translation>Die Zahl der Läufe muss mindestens 1 sein, die der Aufwärmläufe mindestens 0.</translation>
    </message>
    <message>
        <source>No runner factory was given.</source>
        <translation>Es wurde keine Runner-Fabrik angegeben.</translation>
    </message>
    <message>
        <source>The strategy &quot;%1&quot; cannot run here.</source>
        <translation>Die Strategie „%1“ kann hier nicht laufen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <translation>der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>warm-up run %1</source>
        <translation>Aufwärmlauf %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The checksum differed between runs of this strategy: the results were not the same every time.</source>
        <translation>Die Prüfsumme unterschied sich zwischen den Läufen dieser Strategie: Die Ergebnisse waren nicht jedes Mal gleich.</translation>
    </message>
    <message>
        <source>This strategy failed: %1</source>
        <translation>Diese Strategie ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The checksum differs from %1&apos;s: this strategy computed something else.</source>
        <translation>Die Prüfsumme weicht von der von %1 ab: Diese Strategie hat etwas anderes berechnet.</translation>
    </message>
    <message>
        <source>%1: warm-up run %2 of %3</source>
        <translation>%1: Aufwärmlauf %2 von %3</translation>
    </message>
    <message>
        <source>%1: run %2 of %3</source>
        <translation>%1: Lauf %2 von %3</translation>
    </message>
</context>
<context>
    <name>Lab::Core::CpuAffinity</name>
    <message>
        <source>cpu: must be from 0 to %1 (got %2)</source>
        <translation>cpu: muss zwischen 0 und %1 liegen (erhalten: %2)</translation>
    </message>
    <message>
        <source>cannot run on CPU %1: %2</source>
        <translation>kann nicht auf CPU %1 laufen: %2</translation>
    </message>
</context>
<context>
    <name>Lab::Core::DownloadJob</name>
    <message>
        <source>not a URL</source>
        <translation>keine URL</translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot; (only http and https)</source>
        <translation>nicht unterstütztes Schema „%1“ (nur http und https)</translation>
    </message>
    <message>
        <source>not a URL (no host name)</source>
        <translation>keine URL (kein Hostname)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>larger than %1</source>
        <translation>größer als %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>redirected (HTTP %1), and following redirects is off</source>
        <translation>weitergeleitet (HTTP %1), und das Folgen von Weiterleitungen ist ausgeschaltet</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 (%2)</source>
        <translation>HTTP %1 (%2)</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>timed out after %1</source>
        <translation>Zeitüberschreitung nach %1</translation>
    </message>
    <message>
        <source>the server closed the connection without a valid HTTP reply</source>
        <translation>der Server hat die Verbindung ohne gültige HTTP-Antwort geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection before the reply was complete</source>
        <translation>der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <source>redirected from https to plain http (refused)</source>
        <translation>von https auf unverschlüsseltes http weitergeleitet (abgelehnt)</translation>
    </message>
    <message>
        <source>secure connection failed (TLS handshake)</source>
        <translation>sichere Verbindung fehlgeschlagen (TLS-Handshake)</translation>
    </message>
    <message>
        <source>the server did not answer with valid HTTP</source>
        <translation>der Server hat nicht mit gültigem HTTP geantwortet</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
</context>
<context>
    <name>Lab::Core::DownloadRunner</name>
    <message>
        <source>one download at a time on one thread: %1 waits one after another</source>
        <translation>ein Download nach dem anderen auf einem Thread: %1 Wartezeiten hintereinander</translation>
    </message>
    <message>
        <source>one QNetworkAccessManager, no threads of ours: Qt 6.4 opens at most %1 connections per host, so at most %2 requests wait at once and %3 items take at least %4 rounds of latency</source>
        <translation>ein QNetworkAccessManager, keine eigenen Threads: Qt 6.4 öffnet höchstens %1 Verbindungen pro Host, also warten höchstens %2 Anfragen gleichzeitig, und %3 Elemente brauchen mindestens %4 Latenzrunden</translation>
    </message>
    <message>
        <source>%1 threads share the list, each with its own QNetworkAccessManager: at most %2 requests at once, at least %3 rounds of latency</source>
        <translation>%1 Threads teilen sich die Liste, jeder mit eigenem QNetworkAccessManager: höchstens %2 Anfragen gleichzeitig, mindestens %3 Latenzrunden</translation>
    </message>
    <message>
        <source>one thread per download, each with its own QNetworkAccessManager (and its helper thread): all %1 requests wait at once, the 6-connection cap of one manager does not apply</source>
        <translation>ein Thread pro Download, jeder mit eigenem QNetworkAccessManager (und dessen Hilfs-Thread): alle %1 Anfragen warten gleichzeitig, die Grenze von 6 Verbindungen pro Manager gilt nicht</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>nicht heruntergeladen</translation>
    </message>
</context>
<context>
    <name>Lab::Core::DownloadSaver</name>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Lab::Core::DownloadWorker</name>
    <message>
        <source>network: %1</source>
        <translation>Netzwerk: %1</translation>
    </message>
</context>
<context>
    <name>Lab::Core::FactorProcessesRunner</name>
    <message>
        <source>concurrency-lab-worker was not found next to the lab or in its libexec folder</source>
        <translation>concurrency-lab-worker wurde weder neben dem Lab noch in dessen libexec-Ordner gefunden</translation>
    </message>
    <message>
        <source>worker %1 sent an unexpected reply: %2</source>
        <translation>Worker %1 hat eine unerwartete Antwort gesendet: %2</translation>
    </message>
    <message>
        <source>worker %1 answered batch %2 out of turn</source>
        <translation>Worker %1 hat Stapel %2 außer der Reihe beantwortet</translation>
    </message>
    <message>
        <source>worker %1 answered %2 of the %3 numbers of batch %4</source>
        <translation>Worker %1 hat %2 der %3 Zahlen von Stapel %4 beantwortet</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>killed by signal %1 (%2)</source>
        <translation>durch Signal %1 beendet (%2)</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>mit Status %1 beendet</translation>
    </message>
    <message>
        <source>worker process %1</source>
        <translation>Worker-Prozess %1</translation>
    </message>
    <message>
        <source>numbers %1 to %2 brought down two workers (the last, pid %3, %4)</source>
        <translation>die Zahlen %1 bis %2 haben zwei Worker zum Absturz gebracht (der letzte: PID %3, %4)</translation>
    </message>
    <message>
        <source>%1 workers died during this run; giving up</source>
        <translation>%1 Worker sind in diesem Lauf abgestürzt; Abbruch</translation>
    </message>
</context>
<context>
    <name>Lab::Core::FactorPythonRunner</name>
    <message>
        <source>python3 was not found: the CPython reference rows need it</source>
        <translation>python3 wurde nicht gefunden: Die CPython-Referenzzeilen benötigen es</translation>
    </message>
    <message>
        <source>could not start python3: %1</source>
        <translation>python3 konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>python3 failed (%1): %2</source>
        <translation>python3 ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>python3 answered %1 lines for %2 numbers</source>
        <translation>python3 lieferte %1 Zeilen für %2 Zahlen</translation>
    </message>
</context>
<context>
    <name>Lab::Core::FactorThreadsRunner</name>
    <message>
        <source>only %1 of %2 numbers were factorized</source>
        <translation>nur %1 von %2 Zahlen wurden faktorisiert</translation>
    </message>
</context>
<context>
    <name>Lab::Core::LifecycleDemo</name>
    <message>
        <source>%1: must be an integer from 0 to 60000 ms (got %2)</source>
        <translation>%1: muss eine ganze Zahl von 0 bis 60000 ms sein (erhalten: %2)</translation>
    </message>
    <message>
        <source>name: must not be empty</source>
        <translation>name: darf nicht leer sein</translation>
    </message>
</context>
<context>
    <name>Lab::Core::MachineInfo</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The CPU model is not given in /proc/cpuinfo.</source>
        <translation>Das CPU-Modell steht nicht in /proc/cpuinfo.</translation>
    </message>
    <message>
        <source>The CPUs are not listed in /sys or /proc/cpuinfo; the count comes from Qt.</source>
        <translation>Die CPUs sind weder in /sys noch in /proc/cpuinfo aufgeführt; die Anzahl stammt von Qt.</translation>
    </message>
    <message>
        <source>The core topology is not available; every logical CPU is counted as a core.</source>
        <translation>Die Kern-Topologie ist nicht verfügbar; jede logische CPU wird als Kern gezählt.</translation>
    </message>
    <message>
        <source>The memory size is not given in /proc/meminfo.</source>
        <translation>Die Speichergröße steht nicht in /proc/meminfo.</translation>
    </message>
    <message>
        <source>The kernel shows no NUMA nodes (/sys/devices/system/node is missing): the machine is treated as one node.</source>
        <translation>Der Kernel zeigt keine NUMA-Knoten (/sys/devices/system/node fehlt): Die Maschine wird als ein Knoten behandelt.</translation>
    </message>
    <message>
        <source>The kernel gives no cache information (common in virtual machines).</source>
        <translation>Der Kernel liefert keine Cache-Informationen (üblich in virtuellen Maschinen).</translation>
    </message>
    <message>
        <source>Some cache entries in /sys are incomplete; unknown sizes are shown as 0.</source>
        <translation>Einige Cache-Einträge in /sys sind unvollständig; unbekannte Größen werden als 0 angezeigt.</translation>
    </message>
    <message>
        <source>The operating system is not named in /etc/os-release.</source>
        <translation>Das Betriebssystem ist in /etc/os-release nicht benannt.</translation>
    </message>
    <message>
        <source>CPU model</source>
        <translation>CPU-Modell</translation>
    </message>
    <message>
        <source>Logical cores</source>
        <translation>Logische Kerne</translation>
    </message>
    <message>
        <source>Physical cores</source>
        <translation>Physische Kerne</translation>
    </message>
    <message>
        <source>Performance cores</source>
        <translation>Performance-Kerne</translation>
    </message>
    <message>
        <source>Efficiency cores</source>
        <translation>Effizienz-Kerne</translation>
    </message>
    <message>
        <source>%1 logical CPUs (%2)</source>
        <translation>%1 logische CPUs (%2)</translation>
    </message>
    <message>
        <source>NUMA nodes</source>
        <translation>NUMA-Knoten</translation>
    </message>
    <message>
        <source>%1 (assumed: the kernel shows none)</source>
        <translation>%1 (angenommen: der Kernel zeigt keine)</translation>
    </message>
    <message>
        <source>  node %1</source>
        <translation>  Knoten %1</translation>
    </message>
    <message>
        <source>CPUs %1, %2</source>
        <translation>CPUs %1, %2</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>one per CPU</source>
        <translation>einer pro CPU</translation>
    </message>
    <message>
        <source>shared by CPUs %1</source>
        <translation>geteilt von den CPUs %1</translation>
    </message>
    <message>
        <source>each shared by %1 CPUs</source>
        <translation>jeweils von %1 CPUs geteilt</translation>
    </message>
    <message>
        <source>L%1 %2 cache</source>
        <translation>L%1-%2-Cache</translation>
    </message>
    <message>
        <source>%1 x %2, %3-byte lines, %4</source>
        <translation>%1 x %2, %3-Byte-Zeilen, %4</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebaut mit %2)</translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation>Compiler</translation>
    </message>
    <message>
        <source>Build type</source>
        <translation>Build-Typ</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Print the environment block as JSON.</source>
        <translation>Den Umgebungsblock als JSON ausgeben.</translation>
    </message>
</context>
<context>
    <name>Lab::Core::ProcReader</name>
    <message>
        <source>Cannot read %1/%2/task: %3. The monitor needs a Linux /proc file system (is it mounted, and readable by this user?).</source>
        <translation>%1/%2/task kann nicht gelesen werden: %3. Der Monitor braucht ein Linux-/proc-Dateisystem (ist es eingehängt und für diesen Benutzer lesbar?).</translation>
    </message>
</context>
<context>
    <name>Lab::Core::Reader</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>must be %1 (got %2)</source>
        <translation>muss %1 sein (erhalten: %2)</translation>
    </message>
</context>
<context>
    <name>Lab::Core::ResultJson</name>
    <message>
        <source>must be &quot;%1&quot; (got &quot;%2&quot;)</source>
        <translation>muss „%1“ sein (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>must be %1 (got %2)</source>
        <translation>muss %1 sein (erhalten: %2)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Lab::Core::ResultMarkdown</name>
    <message>
        <source>**Workload size %1**</source>
        <translation>**Arbeitsumfang %1**</translation>
    </message>
    <message>
        <source>No runs finished.</source>
        <translation>Kein Lauf wurde beendet.</translation>
    </message>
    <message>
        <source>**Experiment**: %1 (concurrency-lab %2)</source>
        <translation>**Experiment**: %1 (concurrency-lab %2)</translation>
    </message>
    <message>
        <source>**Environment**</source>
        <translation>**Umgebung**</translation>
    </message>
    <message>
        <source>**Parameters**</source>
        <translation>**Parameter**</translation>
    </message>
</context>
<context>
    <name>Lab::Core::ResultSummary</name>
    <message>
        <source>%1 [reference]</source>
        <translation>%1 [Referenz]</translation>
    </message>
    <message>
        <source>Workload size %1:</source>
        <translation>Arbeitsumfang %1:</translation>
    </message>
    <message>
        <source> (first: %1: %2)</source>
        <translation> (zuerst: %1: %2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items failed%4</source>
        <translation>%1: %2 von %3 Elementen fehlgeschlagen%4</translation>
    </message>
    <message>
        <source>Note on %1: %2</source>
        <translation>Hinweis zu %1: %2</translation>
    </message>
    <message>
        <source>The benchmark was cancelled; the numbers cover the runs that finished.</source>
        <translation>Der Benchmark wurde abgebrochen; die Zahlen umfassen die beendeten Läufe.</translation>
    </message>
    <message>
        <source>The benchmark stopped early: %1</source>
        <translation>Der Benchmark endete vorzeitig: %1</translation>
    </message>
</context>
<context>
    <name>Lab::Core::RunHistory</name>
    <message>
        <source>topic: must be lower-case letters, digits and &apos;-&apos; (got &quot;%1&quot;)</source>
        <translation>topic: darf nur Kleinbuchstaben, Ziffern und &apos;-&apos; enthalten (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>cannot create the history folder &quot;%1&quot;</source>
        <translation>der Verlaufsordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: not a history file name</source>
        <translation>%1: kein Dateiname des Verlaufs</translation>
    </message>
    <message>
        <source>no run &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>kein Lauf „%1“ in „%2“</translation>
    </message>
    <message>
        <source>cannot delete &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Lab::Core::ServeCommand</name>
    <message>
        <source>Serving generated images at %1 (for example %2)
latency %3 ms, size %4 KiB, bandwidth %5, failure rate %6. Press Ctrl+C to stop.
</source>
        <translation>Generierte Bilder werden unter %1 bereitgestellt (zum Beispiel %2)
Latenz %3 ms, Größe %4 KiB, Bandbreite %5, Fehlerrate %6. Zum Beenden Strg+C drücken.
</translation>
    </message>
    <message>
        <source>Stopped (%1) after %2 requests.
</source>
        <translation>Beendet (%1) nach %2 Anfragen.
</translation>
    </message>
</context>
<context>
    <name>Lab::Core::SharedCounterExperiment</name>
    <message>
        <source>threads: must be an integer from 1 to 64 (got %1)</source>
        <translation>threads: muss eine ganze Zahl von 1 bis 64 sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>increments: must be an integer from 1 to 100000000 (got %1)</source>
        <translation>increments: muss eine ganze Zahl von 1 bis 100000000 sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>rounds: must be an integer from 1 to 1000 (got %1)</source>
        <translation>rounds: muss eine ganze Zahl von 1 bis 1000 sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>yield-every: must be 0 (never) or a positive integer (got %1)</source>
        <translation>yield-every: muss 0 (nie) oder eine positive ganze Zahl sein (erhalten: %1)</translation>
    </message>
</context>
<context>
    <name>Lab::Core::Statistics</name>
    <message>
        <source>%1 of %2 runs were statistical outliers; the machine may have been busy.</source>
        <translation>%1 von %2 Läufen waren statistische Ausreißer; die Maschine war womöglich ausgelastet.</translation>
    </message>
    <message>
        <source>The first run was much slower than the rest: caches were probably cold, so more warm-up runs would help.</source>
        <translation>Der erste Lauf war viel langsamer als die übrigen: Die Caches waren vermutlich kalt, mehr Aufwärmläufe würden helfen.</translation>
    </message>
</context>
<context>
    <name>Lab::Core::ThreadJobRunner</name>
    <message>
        <source>threads: must be an integer from 1 to 256 (got %1)</source>
        <translation>threads: muss eine ganze Zahl von 1 bis 256 sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>units: must be an integer from 1 to 10000000 (got %1)</source>
        <translation>units: muss eine ganze Zahl von 1 bis 10000000 sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>pin-cpu: must be -1 (free) or one of the CPUs %1 (got %2)</source>
        <translation>pin-cpu: muss -1 (frei) oder eine der CPUs %1 sein (erhalten: %2)</translation>
    </message>
    <message>
        <source>strategy: must not be empty</source>
        <translation>strategy: darf nicht leer sein</translation>
    </message>
    <message>
        <source>iterations: must be an integer from 1 to 100000000 (got %1)</source>
        <translation>iterations: muss eine ganze Zahl von 1 bis 100000000 sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>wait-ms: must be an integer from 1 to 10000 (got %1)</source>
        <translation>wait-ms: muss eine ganze Zahl von 1 bis 10000 sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>cpu-us: must be an integer from 0 to 100000 (got %1)</source>
        <translation>cpu-us: muss eine ganze Zahl von 0 bis 100000 sein (erhalten: %1)</translation>
    </message>
</context>
<context>
    <name>Lab::Core::ThreadSample</name>
    <message>
        <source>R: running on a CPU</source>
        <translation>R: läuft auf einer CPU</translation>
    </message>
    <message>
        <source>R: runnable, waiting for a CPU</source>
        <translation>R: lauffähig, wartet auf eine CPU</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>lab thread</source>
        <translation>Lab-Thread</translation>
    </message>
    <message>
        <source>main thread (not a lab thread)</source>
        <translation>Haupt-Thread (kein Lab-Thread)</translation>
    </message>
    <message>
        <source>Qt (not a lab thread)</source>
        <translation>Qt (kein Lab-Thread)</translation>
    </message>
    <message>
        <source>not a lab thread</source>
        <translation>kein Lab-Thread</translation>
    </message>
</context>
<context>
    <name>Lab::Core::ThreadStartDemo</name>
    <message>
        <source>QThread subclass with run()</source>
        <translation>QThread-Unterklasse mit run()</translation>
    </message>
    <message>
        <source>Worker object moved to a QThread</source>
        <translation>Worker-Objekt, in einen QThread verschoben</translation>
    </message>
    <message>
        <source>QThread::create(lambda)</source>
        <translation>QThread::create(lambda)</translation>
    </message>
    <message>
        <source>std::thread</source>
        <translation>std::thread</translation>
    </message>
</context>
<context>
    <name>Lab::Core::ThreadState</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Runnable</source>
        <translation>Lauffähig</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>Schlafend</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>- (no task)</source>
        <translation>- (kein Task)</translation>
    </message>
    <message>
        <source>R (waiting for a CPU)</source>
        <translation>R (wartet auf eine CPU)</translation>
    </message>
    <message>
        <source>R (on a CPU)</source>
        <translation>R (auf einer CPU)</translation>
    </message>
    <message>
        <source>S or D</source>
        <translation>S oder D</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>running or runnable</source>
        <translation>laufend oder lauffähig</translation>
    </message>
    <message>
        <source>sleeping (interruptible)</source>
        <translation>schlafend (unterbrechbar)</translation>
    </message>
    <message>
        <source>waiting for I/O (uninterruptible)</source>
        <translation>wartet auf E/A (nicht unterbrechbar)</translation>
    </message>
    <message>
        <source>zombie (exited, not reaped)</source>
        <translation>Zombie (beendet, nicht abgeholt)</translation>
    </message>
    <message>
        <source>stopped by a signal</source>
        <translation>durch ein Signal angehalten</translation>
    </message>
    <message>
        <source>stopped by a debugger</source>
        <translation>durch einen Debugger angehalten</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>idle kernel thread</source>
        <translation>untätiger Kernel-Thread</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>geparkt</translation>
    </message>
    <message>
        <source>paging or waking</source>
        <translation>Paging oder Aufwachen</translation>
    </message>
    <message>
        <source>wake-kill</source>
        <translation>wake-kill</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Lab::Core::WorkerDemoProcess</name>
    <message>
        <source>concurrency-lab-worker was not found next to the lab or in its libexec folder</source>
        <translation>concurrency-lab-worker wurde weder neben dem Lab noch in dessen libexec-Ordner gefunden</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the worker printed a line that is not a JSON object: %1</source>
        <translation>der Worker hat eine Zeile ausgegeben, die kein JSON-Objekt ist: %1</translation>
    </message>
</context>
<context>
    <name>Lab::Gui</name>
    <message>
        <source>Write the chart to FILE (.png, .svg or .pdf).</source>
        <translation>Das Diagramm in FILE schreiben (.png, .svg oder .pdf).</translation>
    </message>
    <message>
        <source>runtime, speedup or sweep (default runtime).</source>
        <translation>runtime, speedup oder sweep (Standard: runtime).</translation>
    </message>
    <message>
        <source>Width in pixels (default 1920).</source>
        <translation>Breite in Pixeln (Standard: 1920).</translation>
    </message>
    <message>
        <source>Height in pixels (default 1080).</source>
        <translation>Höhe in Pixeln (Standard: 1080).</translation>
    </message>
    <message>
        <source>light, dark or presenter (default light).</source>
        <translation>light, dark oder presenter (Standard: light).</translation>
    </message>
    <message>
        <source>RESULT.json: missing (usage: concurrency-lab chart RESULT.json --out FILE.png)</source>
        <translation>RESULT.json: fehlt (Aufruf: concurrency-lab chart RESULT.json --out FILE.png)</translation>
    </message>
    <message>
        <source>--out: missing (a file ending in .png, .svg or .pdf)</source>
        <translation>--out: fehlt (eine Datei mit der Endung .png, .svg oder .pdf)</translation>
    </message>
    <message>
        <source>--out: must end in .png, .svg or .pdf (got &quot;%1&quot;)</source>
        <translation>--out: muss auf .png, .svg oder .pdf enden (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--kind %1: %2</source>
        <translation>--kind %1: %2</translation>
    </message>
    <message>
        <source>could not render the chart</source>
        <translation>das Diagramm konnte nicht gerendert werden</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::BenchmarkView</name>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>%1 ok, %2 failed</source>
        <translation>%1 ok, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Mean ± σ</source>
        <translation>Mittelwert ± σ</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Min … max</source>
        <translation>Min. … max.</translation>
    </message>
    <message>
        <source>CPU user / sys</source>
        <translation>CPU Benutzer / System</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>Items done</source>
        <translation>Erledigte Elemente</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ChartBuilder</name>
    <message>
        <source>Factorization</source>
        <translation>Primfaktorzerlegung</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <extracomment>strategy and worker count on a chart axis, e.g. &quot;threads ×4&quot;</extracomment>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>unknown CPU</source>
        <translation>unbekannte CPU</translation>
    </message>
    <message>
        <source>%1 logical cores (%2 physical)</source>
        <translation>%1 logische Kerne (%2 physische)</translation>
    </message>
    <message>
        <source>%1 logical cores</source>
        <translation>%1 logische Kerne</translation>
    </message>
    <message>
        <source>%1 · environment: %2 · parameters: %3</source>
        <translation>%1 · Umgebung: %2 · Parameter: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: runtime per strategy</source>
        <translation>%1: Laufzeit pro Strategie</translation>
    </message>
    <message>
        <source>Runtime (%1)</source>
        <translation>Laufzeit (%1)</translation>
    </message>
    <message>
        <source>Strategy × workers · bar: mean of %1 runs · whisker: ± 1 standard deviation</source>
        <translation>Strategie × Worker · Balken: Mittelwert aus %1 Läufen · Fehlerbalken: ± 1 Standardabweichung</translation>
    </message>
    <message>
        <source>Strategy × workers</source>
        <translation>Strategie × Worker</translation>
    </message>
    <message>
        <source>The result holds no measurements.</source>
        <translation>Das Ergebnis enthält keine Messungen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2×</source>
        <extracomment>runtime and speedup printed above a bar: &quot;128 ms · 3.9× faster&quot;</extracomment>
        <translation>%1 · %2×</translation>
    </message>
    <message>
        <source>%1, Amdahl fit: %2 % parallel</source>
        <extracomment>legend entry of the fitted curve; %2 is the parallel fraction in percent</extracomment>
        <translation>%1, Amdahl-Anpassung: %2 % parallel</translation>
    </message>
    <message>
        <source>%1: speedup over sequential by number of workers</source>
        <translation>%1: Beschleunigung gegenüber sequential nach Anzahl der Worker</translation>
    </message>
    <message>
        <source>Workers (threads or processes)</source>
        <translation>Worker (Threads oder Prozesse)</translation>
    </message>
    <message>
        <source>Speedup (× sequential runtime)</source>
        <translation>Beschleunigung (× Laufzeit von sequential)</translation>
    </message>
    <message>
        <source>The result has no speedups: it needs a sequential run and at least one parallel strategy.</source>
        <translation>Das Ergebnis enthält keine Beschleunigungen: Dafür braucht es einen Lauf von sequential und mindestens eine parallele Strategie.</translation>
    </message>
    <message>
        <source>ideal: speedup = workers</source>
        <translation>ideal: Beschleunigung = Worker</translation>
    </message>
    <message>
        <source>%1 physical cores</source>
        <translation>%1 physische Kerne</translation>
    </message>
    <message>
        <source>%1: runtime by workload size</source>
        <translation>%1: Laufzeit nach Arbeitsumfang</translation>
    </message>
    <message>
        <source>Workload size (items)</source>
        <translation>Arbeitsumfang (Elemente)</translation>
    </message>
    <message>
        <source>The result has one workload size; a size sweep needs at least two.</source>
        <translation>Das Ergebnis hat nur einen Arbeitsumfang; eine Größenreihe braucht mindestens zwei.</translation>
    </message>
    <message>
        <source>%1 pays from ≈ %2 items</source>
        <extracomment>marks the workload size from which a parallel strategy beats sequential</extracomment>
        <translation>%1 lohnt sich ab ≈ %2 Elementen</translation>
    </message>
    <message>
        <source>%1: when each item ran, per strategy</source>
        <translation>%1: wann jedes Element lief, pro Strategie</translation>
    </message>
    <message>
        <source>Time since the strategy&apos;s run started (s)</source>
        <translation>Zeit seit dem Start des Laufs der Strategie (s)</translation>
    </message>
    <message>
        <source>Items, grouped by strategy</source>
        <translation>Elemente, nach Strategie gruppiert</translation>
    </message>
    <message>
        <source>There are no per-item times to show.</source>
        <translation>Es gibt keine Zeiten pro Element anzuzeigen.</translation>
    </message>
    <message>
        <source>Items, grouped by strategy (hatched: failed)</source>
        <translation>Elemente, nach Strategie gruppiert (schraffiert: fehlgeschlagen)</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ChartExportButton</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF, or copy it</source>
        <translation>Das Diagramm als PNG, SVG oder PDF speichern oder kopieren</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ChartExportMenu</name>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Save as PNG, double resolution (2×)…</source>
        <translation>Als PNG speichern, doppelte Auflösung (2×)…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Daten als CSV speichern…</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Save data as JSON…</source>
        <translation>Daten als JSON speichern…</translation>
    </message>
    <message>
        <source>Result JSON (*.json)</source>
        <translation>Ergebnis-JSON (*.json)</translation>
    </message>
    <message>
        <source>Save data as Markdown table…</source>
        <translation>Daten als Markdown-Tabelle speichern…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Daten speichern</translation>
    </message>
    <message>
        <source>There is no result to save.</source>
        <translation>Es gibt kein Ergebnis zum Speichern.</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: the file name must end in .csv, .json or .md.</source>
        <translation>„%1“ kann nicht gespeichert werden: Der Dateiname muss auf .csv, .json oder .md enden.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ChartExporter</name>
    <message>
        <source>Concurrency Lab %1</source>
        <translation>Concurrency Lab %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
environment: %2
parameters: %3</source>
        <translation>%1
Umgebung: %2
Parameter: %3</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;: the file name must end in .png, .svg or .pdf.</source>
        <translation>„%1“ kann nicht exportiert werden: Der Dateiname muss auf .png, .svg oder .pdf enden.</translation>
    </message>
    <message>
        <source>Could not render the chart for &quot;%1&quot;.</source>
        <translation>Das Diagramm für „%1“ konnte nicht gerendert werden.</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::CodeComparison</name>
    <message>
        <source>(missing listing: %1)</source>
        <translation>(Listing fehlt: %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Qt / C++&lt;/b&gt; (what this experiment runs)</source>
        <translation>&lt;b&gt;Qt / C++&lt;/b&gt; (was dieses Experiment ausführt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Python&lt;/b&gt; (the course&apos;s spelling)</source>
        <translation>&lt;b&gt;Python&lt;/b&gt; (so schreibt es der Kurs)</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::DownloadsThumbnailModel</name>
    <message>
        <source>downloaded, but not an image this lab can show</source>
        <translation>heruntergeladen, aber kein Bild, das dieses Lab anzeigen kann</translation>
    </message>
    <message>
        <source>%1
waiting</source>
        <translation>%1
wartet</translation>
    </message>
    <message>
        <source>%1
%2 …</source>
        <translation>%1
%2 …</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
thread: %2</source>
        <translation>%1
Thread: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ExperimentPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>Läuft...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <translation>%1, noch etwa %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Could not save this run in the history: %1</source>
        <translation>Dieser Lauf konnte nicht im Verlauf gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>Show or hide the experiment&apos;s settings</source>
        <translation>Die Einstellungen des Experiments ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>Start the experiment (Ctrl+Return; Space in presenter mode)</source>
        <translation>Das Experiment starten (Strg+Eingabe; Leertaste im Präsentationsmodus)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Stop the running experiment (Ctrl+.)</source>
        <translation>Das laufende Experiment abbrechen (Strg+.)</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::FactorizationPanel</name>
    <message>
        <source>Run %1 of %2: %3</source>
        <translation>Lauf %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1: mean %2 s over %3 runs</source>
        <translation>%1: Mittelwert %2 s über %3 Läufe</translation>
    </message>
    <message>
        <source>worker process %1 started</source>
        <translation>Worker-Prozess %1 gestartet</translation>
    </message>
    <message>
        <source>worker process %1 died (signal %2); its batches are re-run</source>
        <translation>Worker-Prozess %1 abgestürzt (Signal %2); seine Stapel werden erneut ausgeführt</translation>
    </message>
    <message>
        <source>Factorizing %1 numbers (%2), %3 runs per strategy after %4 warm-up</source>
        <translation>%1 Zahlen werden faktorisiert (%2), %3 Läufe pro Strategie, davor %4 zum Aufwärmen</translation>
    </message>
    <message>
        <source>Cancelled; the table shows the runs that finished.</source>
        <translation>Abgebrochen; die Tabelle zeigt die beendeten Läufe.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n strategies measured.</source>
        <translation>
            <numerusform>Fertig: %n Strategie gemessen.</numerusform>
            <numerusform>Fertig: %n Strategien gemessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the prime factors of random integers by trial division: one thread, N lab threads (&lt;i&gt;factor-1&lt;/i&gt;, ... in the monitor), or N worker processes. Every strategy must compute the same factors: the checksum column proves it.</source>
        <translation>Die Primfaktoren zufälliger ganzer Zahlen durch Probedivision finden: ein Thread, N Lab-Threads (&lt;i&gt;factor-1&lt;/i&gt;, ... im Monitor) oder N Worker-Prozesse. Jede Strategie muss dieselben Faktoren berechnen: Die Spalte Prüfsumme beweist es.</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Strategien</translation>
    </message>
    <message>
        <source>Workers (e.g. 1,2,4)</source>
        <translation>Worker (z. B. 1,2,4)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Anzahl Zahlen</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Kleinste</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Größte</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Size sweep (optional)</source>
        <translation>Größenreihe (optional)</translation>
    </message>
    <message>
        <source>Warm-up runs</source>
        <translation>Aufwärmläufe</translation>
    </message>
    <message>
        <source>Measured runs</source>
        <translation>Messläufe</translation>
    </message>
    <message>
        <source>naive: the outline&apos;s trial division; fast: Miller-Rabin and Pollard&apos;s rho, for 64-bit numbers</source>
        <translation>naive: die Probedivision aus der Kursgliederung; fast: Miller-Rabin und Pollards Rho, für 64-Bit-Zahlen</translation>
    </message>
    <message>
        <source>Leave empty, or list workload sizes (e.g. 100,1000,10000) to see where parallelism starts to pay</source>
        <translation>Leer lassen oder Arbeitsumfänge auflisten (z. B. 100,1000,10000), um zu sehen, ab wann sich Parallelität lohnt</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorgabe:</translation>
    </message>
    <message>
        <source>Choose a preset...</source>
        <translation>Vorgabe wählen...</translation>
    </message>
    <message>
        <source>The outline&apos;s workload (10,000 numbers up to 10^8)</source>
        <translation>Arbeitsumfang der Kursgliederung (10.000 Zahlen bis 10^8)</translation>
    </message>
    <message>
        <source>Big enough to see parallelism (a few seconds)</source>
        <translation>Groß genug, um Parallelität zu sehen (einige Sekunden)</translation>
    </message>
    <message>
        <source>64-bit numbers (fast algorithm)</source>
        <translation>64-Bit-Zahlen (schneller Algorithmus)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2× faster with %3 workers; the ceiling on this machine is %4× (%5 logical cores).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2× schneller mit %3 Workern; die Obergrenze auf dieser Maschine liegt bei %4× (%5 logische Kerne).</translation>
    </message>
    <message>
        <source>Starting the worker processes took %1 ms (not counted in the runs: they are reused).</source>
        <translation>Das Starten der Worker-Prozesse dauerte %1 ms (nicht in den Läufen mitgezählt: Sie werden wiederverwendet).</translation>
    </message>
    <message>
        <source>The whole job takes only %1 ms: sending the numbers to other processes and reading the answers back costs more than it saves.</source>
        <translation>Die ganze Aufgabe dauert nur %1 ms: Die Zahlen an andere Prozesse zu senden und die Antworten zurückzulesen, kostet mehr, als es einspart.</translation>
    </message>
    <message>
        <source>Amdahl&apos;s law fitted to %1: %2 % of the work behaves as serial, so no number of workers could make it more than %3× faster.</source>
        <translation>Amdahlsches Gesetz, angepasst an %1: %2 % der Arbeit verhalten sich seriell, daher könnte keine Anzahl von Workern sie mehr als %3× schneller machen.</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::HistoryModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>sequential %1</source>
        <translation>sequential %1</translation>
    </message>
    <message>
        <source> (%1×)</source>
        <translation> (%1×)</translation>
    </message>
    <message>
        <source>fastest: %1 %2%3</source>
        <translation>am schnellsten: %1 %2%3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Experiment and parameters</source>
        <translation>Experiment und Parameter</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::HistoryWidget</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Compare two</source>
        <translation>Zwei vergleichen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Runtime per strategy</source>
        <translation>Laufzeit pro Strategie</translation>
    </message>
    <message>
        <source>Speedup by workers</source>
        <translation>Beschleunigung nach Anzahl der Worker</translation>
    </message>
    <message>
        <source>Runtime by workload size</source>
        <translation>Laufzeit nach Arbeitsumfang</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Plot the selected run</source>
        <translation>Den ausgewählten Lauf darstellen</translation>
    </message>
    <message>
        <source>Select two runs to plot them side by side</source>
        <translation>Zwei Läufe auswählen, um sie nebeneinander darzustellen</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <source>%1 saved runs in %2</source>
        <translation>%1 gespeicherte Läufe in %2</translation>
    </message>
    <message>
        <source>%1 saved runs; %2 files skipped because they are not results of this lab (see the log)</source>
        <translation>%1 gespeicherte Läufe; %2 Dateien übersprungen, da sie keine Ergebnisse dieses Labs sind (siehe Protokoll)</translation>
    </message>
    <message>
        <source>%1 · saved %2</source>
        <translation>%1 · gespeichert am %2</translation>
    </message>
    <message>
        <source>No saved runs yet. Every run of this topic is saved here.</source>
        <translation>Noch keine gespeicherten Läufe. Jeder Lauf dieses Themas wird hier gespeichert.</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message>
        <source>Delete %1 saved runs? This cannot be undone.</source>
        <translation>%1 gespeicherte Läufe löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;System (%1)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next Topic</source>
        <translation>&amp;Nächstes Thema</translation>
    </message>
    <message>
        <source>&amp;Previous Topic</source>
        <translation>&amp;Vorheriges Thema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Concurrency Lab</source>
        <translation>Ü&amp;ber Concurrency Lab</translation>
    </message>
    <message>
        <source>Thread monitor</source>
        <translation>Thread-Monitor</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>About Concurrency Lab</source>
        <translation>Über Concurrency Lab</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Concurrency Lab %1&lt;/h2&gt;&lt;p&gt;Learn concurrency by running it: real threads, real processes and a live thread monitor.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Concurrency Lab %1&lt;/h2&gt;&lt;p&gt;Nebenläufigkeit lernen, indem man sie ausführt: echte Threads, echte Prozesse und ein Thread-Monitor in Echtzeit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt %1 (built with Qt %2)&lt;br&gt;Build type: %3&lt;br&gt;Licence: GPL-3.0-or-later&lt;/p&gt;&lt;p&gt;This program comes with absolutely no warranty. It is free software: you may redistribute it under the terms of the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt %1 (gebaut mit Qt %2)&lt;br&gt;Build-Typ: %3&lt;br&gt;Lizenz: GPL-3.0-or-later&lt;/p&gt;&lt;p&gt;Dieses Programm kommt ohne jegliche Gewährleistung. Es ist freie Software: Sie dürfen es unter den Bedingungen der GNU General Public License, Version 3 oder später, weitergeben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::MonitorWidget</name>
    <message>
        <source>Lab threads</source>
        <translation>Lab-Threads</translation>
    </message>
    <message>
        <source>This process</source>
        <translation>Dieser Prozess</translation>
    </message>
    <message>
        <source>All, incl. child processes</source>
        <translation>Alle, inkl. Kindprozesse</translation>
    </message>
    <message>
        <source>Which threads the table shows</source>
        <translation>Welche Threads die Tabelle zeigt</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>How often /proc is sampled</source>
        <translation>Wie oft /proc abgetastet wird</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Sampling:</source>
        <translation>Abtastung:</translation>
    </message>
    <message>
        <source>Last 5 s</source>
        <translation>Letzte 5 s</translation>
    </message>
    <message>
        <source>Last 30 s</source>
        <translation>Letzte 30 s</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>Ganzer Lauf</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Start of the range, seconds since the first lab thread</source>
        <translation>Beginn des Bereichs, Sekunden seit dem ersten Lab-Thread</translation>
    </message>
    <message>
        <source>End of the range, seconds since the first lab thread</source>
        <translation>Ende des Bereichs, Sekunden seit dem ersten Lab-Thread</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the timeline as PNG or SVG</source>
        <translation>Die Zeitleiste als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Zeitleiste:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>speed 1x</source>
        <translation>Tempo 1x</translation>
    </message>
    <message>
        <source>Slow motion for lab threads: 1x down to 1/20x</source>
        <translation>Zeitlupe für Lab-Threads: 1x bis hinunter zu 1/20x</translation>
    </message>
    <message>
        <source>speed 1/%1x</source>
        <translation>Tempo 1/%1x</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Hold every lab thread at its next checkpoint (they really sleep: kernel state S)</source>
        <translation>Jeden Lab-Thread an seinem nächsten Haltepunkt anhalten (sie schlafen wirklich: Kernel-Zustand S)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>While paused: let each lab thread pass one checkpoint</source>
        <translation>Während der Pause: jeden Lab-Thread einen Haltepunkt passieren lassen</translation>
    </message>
    <message>
        <source>Pacing:</source>
        <translation>Taktung:</translation>
    </message>
    <message>
        <source>%1 (kernel: %2). Click to hide or show it on the timeline.</source>
        <translation>%1 (Kernel: %2). Klicken, um es in der Zeitleiste aus- oder einzublenden.</translation>
    </message>
    <message>
        <source>Timeline range: &quot;to&quot; must be greater than &quot;from&quot;.</source>
        <translation>Zeitleistenbereich: „bis“ muss größer als „von“ sein.</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::PresenterController</name>
    <message>
        <source>&amp;Lecture</source>
        <translation>&amp;Vortrag</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Leave Presenter Mode</source>
        <translation>Präsentationsmodus &amp;verlassen</translation>
    </message>
    <message>
        <source>Next Topic (clicker)</source>
        <translation>Nächstes Thema (Clicker)</translation>
    </message>
    <message>
        <source>Previous Topic (clicker)</source>
        <translation>Vorheriges Thema (Clicker)</translation>
    </message>
    <message>
        <source>Show or Hide the Topic List</source>
        <translation>Themenliste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Start / Pause the Experiment</source>
        <translation>Experiment starten / pausieren</translation>
    </message>
    <message>
        <source>Single Step</source>
        <translation>Einzelschritt</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Black Screen</source>
        <translation>Schwarzer Bildschirm</translation>
    </message>
    <message>
        <source>Show Every Key</source>
        <translation>Alle Tasten anzeigen</translation>
    </message>
    <message>
        <source>next topic</source>
        <translation>nächstes Thema</translation>
    </message>
    <message>
        <source>previous topic</source>
        <translation>vorheriges Thema</translation>
    </message>
    <message>
        <source>start the experiment; while it runs: pause / resume</source>
        <translation>Experiment starten; während es läuft: pausieren / fortsetzen</translation>
    </message>
    <message>
        <source>single step: each lab thread passes one checkpoint</source>
        <translation>Einzelschritt: Jeder Lab-Thread passiert einen Haltepunkt</translation>
    </message>
    <message>
        <source>faster / slower (1x down to 1/20x)</source>
        <translation>schneller / langsamer (1x bis hinunter zu 1/20x)</translation>
    </message>
    <message>
        <source>black screen on / off</source>
        <translation>schwarzer Bildschirm an / aus</translation>
    </message>
    <message>
        <source>show / hide the topic list</source>
        <translation>Themenliste ein- / ausblenden</translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+-</source>
        <translation>Strg++ / Strg+-</translation>
    </message>
    <message>
        <source>larger / smaller text</source>
        <translation>Text größer / kleiner</translation>
    </message>
    <message>
        <source>presenter mode on / off</source>
        <translation>Präsentationsmodus an / aus</translation>
    </message>
    <message>
        <source>leave presenter mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>diese Liste</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Press any key to close this list.</source>
        <translation>Eine beliebige Taste drücken, um diese Liste zu schließen.</translation>
    </message>
    <message>
        <source>This topic has no experiment to start.</source>
        <translation>Dieses Thema hat kein Experiment zum Starten.</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every shortcut of the menus. In the topic list, the arrow keys move between topics and Tab moves to the lesson.</source>
        <translation>Alle Tastenkürzel der Menüs. In der Themenliste wechseln die Pfeiltasten zwischen den Themen, Tab springt zur Lektion.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::Strategy</name>
    <message>
        <source>CPython</source>
        <translation>CPython</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ThreadTableModel</name>
    <message>
        <source>%1 (child process %2)</source>
        <translation>%1 (Kindprozess %2)</translation>
    </message>
    <message>
        <source>%1 (this process, %2)</source>
        <translation>%1 (dieser Prozess, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n Thread</numerusform>
            <numerusform>%n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>no task in the kernel</source>
        <translation>kein Task im Kernel</translation>
    </message>
    <message>
        <source>%1 (tid %2): %3
Kernel: %4
No textbook state: the lab does not trace this thread.</source>
        <translation>%1 (TID %2): %3
Kernel: %4
Kein Lehrbuch-Zustand: Das Lab verfolgt diesen Thread nicht.</translation>
    </message>
    <message>
        <source>%1 (tid %2)
Textbook state: %3%4
The kernel shows %5 for this state.
Kernel now: %6</source>
        <translation>%1 (TID %2)
Lehrbuch-Zustand: %3%4
Der Kernel zeigt für diesen Zustand %5.
Kernel jetzt: %6</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>lab (OS name &quot;%1&quot;)</source>
        <translation>Lab (OS-Name „%1“)</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>Lab</translation>
    </message>
    <message>
        <source>Qt (not a lab thread)</source>
        <translation>Qt (kein Lab-Thread)</translation>
    </message>
    <message>
        <source>main thread</source>
        <translation>Haupt-Thread</translation>
    </message>
    <message>
        <source>GUI/main thread (not a lab thread)</source>
        <translation>GUI-/Haupt-Thread (kein Lab-Thread)</translation>
    </message>
    <message>
        <source>not a lab thread</source>
        <translation>kein Lab-Thread</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>- (no task)</source>
        <translation>- (kein Task)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Textbook state</source>
        <translation>Lehrbuch-Zustand</translation>
    </message>
    <message>
        <source>Kernel state</source>
        <translation>Kernel-Zustand</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lebensdauer</translation>
    </message>
    <message>
        <source>Switches (vol./invol.)</source>
        <translation>Wechsel (freiw./unfreiw.)</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::TimelineWidget</name>
    <message>
        <source>worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No lab threads yet: start an experiment and its threads appear here.</source>
        <translation>Noch keine Lab-Threads: Starten Sie ein Experiment, dann erscheinen seine Threads hier.</translation>
    </message>
    <message>
        <source>%1 at %2 s</source>
        <translation>%1 bei %2 s</translation>
    </message>
    <message>
        <source>Textbook: %1%2 for %3 ms</source>
        <translation>Lehrbuch: %1%2 für %3 ms</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Kernel letters for this state: %1</source>
        <translation>Kernel-Buchstaben für diesen Zustand: %1</translation>
    </message>
    <message>
        <source>Kernel (sampled): %1</source>
        <translation>Kernel (abgetastet): %1</translation>
    </message>
    <message>
        <source>Unsupported file type &quot;%1&quot;: use .png or .svg.</source>
        <translation>Nicht unterstützter Dateityp „%1“: Verwenden Sie .png oder .svg.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot encode the PNG image.</source>
        <translation>Das PNG-Bild kann nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Concurrency Lab thread timeline</source>
        <translation>Concurrency Lab – Thread-Zeitleiste</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::TopicPage</name>
    <message>
        <source>The lesson text for “%1” is missing from this build (expected %2).</source>
        <translation>Der Lektionstext zu „%1“ fehlt in diesem Build (erwartet: %2).</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::TopicRegistry</name>
    <message>
        <source>Threads and processes</source>
        <translation>Threads und Prozesse</translation>
    </message>
    <message>
        <source>Sequential vs parallel, by example</source>
        <translation>Sequenziell oder parallel – am Beispiel</translation>
    </message>
    <message>
        <source>Concurrency, parallelism and memory</source>
        <translation>Nebenläufigkeit, Parallelität und Speicher</translation>
    </message>
    <message>
        <source>Threads in practice</source>
        <translation>Threads in der Praxis</translation>
    </message>
    <message>
        <source>Threads and multithreading</source>
        <translation>Threads und Multithreading</translation>
    </message>
    <message>
        <source>Processes and event-driven programming</source>
        <translation>Prozesse und ereignisgesteuerte Programmierung</translation>
    </message>
    <message>
        <source>Threads vs sequential: the image downloader</source>
        <translation>Threads oder sequenziell: der Bild-Downloader</translation>
    </message>
    <message>
        <source>Multiprocessing: prime factorization</source>
        <translation>Multiprocessing: Primfaktorzerlegung</translation>
    </message>
    <message>
        <source>Concurrency and I/O bottlenecks</source>
        <translation>Nebenläufigkeit und I/O-Engpässe</translation>
    </message>
    <message>
        <source>Parallelism and CPU-bound bottlenecks</source>
        <translation>Parallelität und CPU-Engpässe</translation>
    </message>
    <message>
        <source>Memory architecture: UMA and NUMA</source>
        <translation>Speicherarchitektur: UMA und NUMA</translation>
    </message>
    <message>
        <source>Creating a thread and its states</source>
        <translation>Einen Thread erzeugen und seine Zustände</translation>
    </message>
    <message>
        <source>Starting a thread</source>
        <translation>Einen Thread starten</translation>
    </message>
    <message>
        <source>Handling threads</source>
        <translation>Threads verwalten</translation>
    </message>
</context>
</TS>
