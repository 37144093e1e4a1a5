<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Lab::Core</name>
    <message>
        <source>on a CPU</source>
        <translation>auf einer CPU</translation>
    </message>
    <message>
        <source>runnable</source>
        <translation>lauffähig</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>schlafend</translation>
    </message>
    <message>
        <source>I/O wait</source>
        <translation>wartet auf E/A</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>Zombie</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Lab::Core::AtomicFile</name>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
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
        <source>the output could not be produced</source>
        <translation>die Ausgabe konnte nicht erzeugt werden</translation>
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
    <name>Lab::Core::ChromeTraceReader</name>
    <message>
        <source>not valid JSON: %1 at byte %2 (the file may be truncated)</source>
        <translation>kein gültiges JSON: %1 bei Byte %2 (die Datei ist womöglich abgeschnitten)</translation>
    </message>
    <message>
        <source>not a Concurrency Lab trace: the file is not a JSON object with &quot;traceEvents&quot;</source>
        <translation>keine Aufzeichnung des Concurrency Lab: Die Datei ist kein JSON-Objekt mit „traceEvents“</translation>
    </message>
    <message>
        <source>not a Concurrency Lab trace: the field &quot;otherData.tool&quot; is missing</source>
        <translation>keine Aufzeichnung des Concurrency Lab: Das Feld „otherData.tool“ fehlt</translation>
    </message>
    <message>
        <source>not a Concurrency Lab trace: &quot;otherData.tool&quot; must be &quot;concurrency-lab&quot; (got &quot;%1&quot;)</source>
        <translation>keine Aufzeichnung des Concurrency Lab: „otherData.tool“ muss „concurrency-lab“ sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>not a Concurrency Lab trace: the field &quot;traceEvents&quot; is missing</source>
        <translation>keine Aufzeichnung des Concurrency Lab: Das Feld „traceEvents“ fehlt</translation>
    </message>
    <message>
        <source>not a Concurrency Lab trace: traceEvents[%1]: the field &quot;%2&quot; is missing</source>
        <translation>keine Aufzeichnung des Concurrency Lab: traceEvents[%1]: Das Feld „%2“ fehlt</translation>
    </message>
    <message>
        <source>not a complete gzip file (it may be truncated)</source>
        <translation>keine vollständige gzip-Datei (sie ist womöglich abgeschnitten)</translation>
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
    <name>Lab::Core::DownloadCommand</name>
    <message>
        <source>Saved %1 of %2 files in %3
</source>
        <translation>%1 von %2 Dateien in %3 gespeichert
</translation>
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
    <message>
        <source>timed out after %1 (%2 of the body received)</source>
        <translation>Zeitüberschreitung nach %1 (%2 des Inhalts empfangen)</translation>
    </message>
    <message>
        <source>timed out after %1 (the header arrived, no body)</source>
        <translation>Zeitüberschreitung nach %1 (Header empfangen, kein Inhalt)</translation>
    </message>
    <message>
        <source>not an image (the body is empty)</source>
        <translation>kein Bild (der Inhalt ist leer)</translation>
    </message>
    <message>
        <source>not an image (no content type, and the body starts like no image format)</source>
        <translation>kein Bild (kein Content-Type, und der Inhalt beginnt wie kein Bildformat)</translation>
    </message>
    <message>
        <source>not an image (the server sent %1)</source>
        <translation>kein Bild (der Server hat %1 gesendet)</translation>
    </message>
    <message>
        <source>redirect to an unsupported scheme</source>
        <translation>Weiterleitung auf ein nicht unterstütztes Schema</translation>
    </message>
    <message>
        <source>redirect to an unsupported scheme &quot;%1&quot; (only http and https)</source>
        <translation>Weiterleitung auf das nicht unterstützte Schema „%1“ (nur http und https)</translation>
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
    <message>
        <source>no threads of ours: %1 requests on the lab&apos;s own thread, spread over %2 QNetworkAccessManagers of at most %3 requests each, so every request waits at once (one round of latency)</source>
        <translation>keine eigenen Threads: %1 Anfragen im Thread des Labs, verteilt auf %2 QNetworkAccessManager mit je höchstens %3 Anfragen, so warten alle Anfragen gleichzeitig (eine Latenzrunde)</translation>
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
</context>
<context>
    <name>Lab::Core::DownloadWorker</name>
    <message>
        <source>network: %1</source>
        <translation>Netzwerk: %1</translation>
    </message>
</context>
<context>
    <name>Lab::Core::FactorMpiRunner</name>
    <message>
        <source>mpirun was not found: install Open MPI (Debian: openmpi-bin)</source>
        <translation>mpirun wurde nicht gefunden: Open MPI installieren (Debian: openmpi-bin)</translation>
    </message>
    <message>
        <source>concurrency-lab-mpi-worker was not built: the lab was configured without MPI (Debian: libopenmpi-dev)</source>
        <translation>concurrency-lab-mpi-worker wurde nicht gebaut: Das Lab wurde ohne MPI konfiguriert (Debian: libopenmpi-dev)</translation>
    </message>
    <message>
        <source>mpi is unavailable here: %1</source>
        <translation>mpi ist hier nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>could not start mpirun: %1</source>
        <translation>mpirun konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>factorizing</source>
        <translation>faktorisiert</translation>
    </message>
    <message>
        <source>the ranks answered %1 of %2 numbers (checksum %3, the lines added up to %4)</source>
        <translation>die Ränge haben %1 von %2 Zahlen beantwortet (Prüfsumme %3, die Zeilen ergaben zusammen %4)</translation>
    </message>
    <message>
        <source>rank 0: %1</source>
        <translation>Rang 0: %1</translation>
    </message>
    <message>
        <source>mpirun printed an unexpected line: %1</source>
        <translation>mpirun hat eine unerwartete Zeile ausgegeben: %1</translation>
    </message>
    <message>
        <source>mpirun was killed by signal %1</source>
        <translation>mpirun wurde durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>mpirun exited with status %1</source>
        <translation>mpirun hat sich mit Status %1 beendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>the start-up request</source>
        <translation>die Start-Anfrage</translation>
    </message>
    <message>
        <source>batch %1 (numbers %2 to %3)</source>
        <translation>Stapel %1 (Zahlen %2 bis %3)</translation>
    </message>
    <message>
        <source>did not answer %1 within %2 s (stopped or hung); the lab killed it</source>
        <translation>hat %1 nicht innerhalb von %2 s beantwortet (angehalten oder hängend); das Labor hat ihn beendet</translation>
    </message>
    <message>
        <source>factorizing</source>
        <translation>faktorisiert</translation>
    </message>
    <message>
        <source>idle: waiting for a batch</source>
        <translation>im Leerlauf: wartet auf einen Stapel</translation>
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
    <name>Lab::Core::InputFile</name>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>holds more than %1 (the most this input may hold)</source>
        <translation>enthält mehr als %1 (das Maximum für diese Eingabe)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
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
    <name>Lab::Core::LockDemo</name>
    <message>
        <source>deposit(): locked &quot;account&quot; (a plain mutex).</source>
        <translation>deposit(): hat „account“ gesperrt (ein einfacher Mutex).</translation>
    </message>
    <message>
        <source>deposit() calls show_balance(), which locks &quot;account&quot; again...</source>
        <translation>deposit() ruft show_balance() auf, das „account“ noch einmal sperrt …</translation>
    </message>
    <message>
        <source>Self-deadlock: the thread already holds &quot;account&quot;, so it would wait for itself forever. The lab refused the second lock; a real program would hang here.</source>
        <translation>Selbst-Deadlock: Der Thread hält „account“ schon und würde ewig auf sich selbst warten. Das Labor hat die zweite Sperre abgelehnt; ein echtes Programm hinge hier.</translation>
    </message>
    <message>
        <source>deposit(): unlocked &quot;account&quot;.</source>
        <translation>deposit(): hat „account“ freigegeben.</translation>
    </message>
    <message>
        <source>deposit(): locked &quot;account (rlock)&quot;; hold count %1.</source>
        <translation>deposit(): hat „account (rlock)“ gesperrt; Haltezähler %1.</translation>
    </message>
    <message>
        <source>show_balance(): the same thread locks it again; hold count %1.</source>
        <translation>show_balance(): Derselbe Thread sperrt noch einmal; Haltezähler %1.</translation>
    </message>
    <message>
        <source>show_balance() returns and unlocks once; hold count %1.</source>
        <translation>show_balance() kehrt zurück und gibt einmal frei; Haltezähler %1.</translation>
    </message>
    <message>
        <source>deposit() unlocks; hold count %1: the lock is free.</source>
        <translation>deposit() gibt frei; Haltezähler %1: Die Sperre ist frei.</translation>
    </message>
</context>
<context>
    <name>Lab::Core::MachineInfo</name>
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
        <source>The kernel gives no cache information (common in virtual machines): the sizes come from the processor (CPUID, via the C library); which CPUs share a cache is assumed, not read.</source>
        <translation>Der Kernel liefert keine Cache-Informationen (üblich in virtuellen Maschinen): Die Größen stammen vom Prozessor (CPUID, über die C-Bibliothek); welche CPUs sich einen Cache teilen, ist angenommen, nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>Lab::Core::Pacer</name>
    <message>
        <source>no visible change for %1 s</source>
        <translation>%1 s lang keine sichtbare Änderung</translation>
    </message>
</context>
<context>
    <name>Lab::Core::Parameters</name>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Threads that increment the shared counter.</source>
        <translation>Threads, die den gemeinsamen Zähler erhöhen.</translation>
    </message>
    <message>
        <source>Increments per thread</source>
        <translation>Inkremente pro Thread</translation>
    </message>
    <message>
        <source>How often each thread adds 1 to the counter.</source>
        <translation>Wie oft jeder Thread 1 zum Zähler addiert.</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>How the increments are protected: none (lost updates), mutex, atomic, rlock (a recursive mutex taken twice).</source>
        <translation>Wie die Erhöhungen geschützt sind: none (verlorene Updates), mutex, atomic, rlock (ein rekursiver Mutex, zweimal gesperrt).</translation>
    </message>
    <message>
        <source>Warm-up runs</source>
        <translation>Aufwärmläufe</translation>
    </message>
    <message>
        <source>Unmeasured runs per strategy.</source>
        <translation>Ungemessene Läufe pro Strategie.</translation>
    </message>
    <message>
        <source>Measured runs</source>
        <translation>Messläufe</translation>
    </message>
    <message>
        <source>Measured runs per strategy.</source>
        <translation>Gemessene Läufe pro Strategie.</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Seller threads selling from one stock.</source>
        <translation>Verkäufer-Threads, die aus einem Bestand verkaufen.</translation>
    </message>
    <message>
        <source>Counter windows</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>The semaphore&apos;s permits: how many sellers may sell at the same time.</source>
        <translation>Die Erlaubnisse des Semaphors: wie viele Verkäufer zugleich verkaufen dürfen.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>The stock at the start.</source>
        <translation>Der Bestand zu Beginn.</translation>
    </message>
    <message>
        <source>Printing a ticket</source>
        <translation>Ticket drucken</translation>
    </message>
    <message>
        <source>How long a seller takes between checking the stock and writing it back.</source>
        <translation>Wie lange ein Verkäufer zwischen dem Prüfen des Bestands und dem Zurückschreiben braucht.</translation>
    </message>
    <message>
        <source>Protecting the stock</source>
        <translation>Schutz des Bestands</translation>
    </message>
    <message>
        <source>none: only the semaphore (the outline&apos;s version); lock: the check and the write under a mutex.</source>
        <translation>none: nur das Semaphor (die Version der Gliederung); lock: Prüfen und Schreiben unter einem Mutex.</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonnenten</translation>
    </message>
    <message>
        <source>Threads that wait for messages on the condition.</source>
        <translation>Threads, die an der Condition auf Nachrichten warten.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>How many messages the publisher puts in the queue.</source>
        <translation>Wie viele Nachrichten der Publisher in die Queue legt.</translation>
    </message>
    <message>
        <source>Between messages</source>
        <translation>Zwischen Nachrichten</translation>
    </message>
    <message>
        <source>The publisher&apos;s pause between two messages.</source>
        <translation>Die Pause des Publishers zwischen zwei Nachrichten.</translation>
    </message>
    <message>
        <source>Reading a message</source>
        <translation>Nachricht lesen</translation>
    </message>
    <message>
        <source>A subscriber&apos;s time for one message, outside the lock.</source>
        <translation>Die Zeit eines Abonnenten für eine Nachricht, außerhalb der Sperre.</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Wecken</translation>
    </message>
    <message>
        <source>one: wake one waiting subscriber per message; all: wake every one.</source>
        <translation>one: pro Nachricht einen wartenden Abonnenten wecken; all: alle wecken.</translation>
    </message>
    <message>
        <source>Waiting with</source>
        <translation>Warten mit</translation>
    </message>
    <message>
        <source>while: re-check the queue after every wake-up; if: check once, then take.</source>
        <translation>while: die Queue nach jedem Aufwachen erneut prüfen; if: einmal prüfen, dann nehmen.</translation>
    </message>
    <message>
        <source>Cars</source>
        <translation>Autos</translation>
    </message>
    <message>
        <source>Threads that drive laps through the light.</source>
        <translation>Threads, die Runden fahren und dabei die Ampel passieren.</translation>
    </message>
    <message>
        <source>Laps</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>How often each car passes the light.</source>
        <translation>Wie oft jedes Auto die Ampel passiert.</translation>
    </message>
    <message>
        <source>Green for</source>
        <translation>Grün für</translation>
    </message>
    <message>
        <source>How long the event stays set.</source>
        <translation>Wie lange das Event gesetzt bleibt.</translation>
    </message>
    <message>
        <source>Red for</source>
        <translation>Rot für</translation>
    </message>
    <message>
        <source>How long the event stays clear.</source>
        <translation>Wie lange das Event gelöscht bleibt.</translation>
    </message>
    <message>
        <source>One lap</source>
        <translation>Eine Runde</translation>
    </message>
    <message>
        <source>A lap&apos;s driving time; every car drives at its own pace around it.</source>
        <translation>Die Fahrzeit einer Runde; jedes Auto fährt in seinem eigenen Tempo etwas schneller oder langsamer.</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Threads that meet at the barrier: its parties.</source>
        <translation>Threads, die sich an der Barrier treffen: ihre Beteiligten.</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>How often the workers meet at the barrier.</source>
        <translation>Wie oft sich die Worker an der Barrier treffen.</translation>
    </message>
    <message>
        <source>Work per phase</source>
        <translation>Arbeit pro Phase</translation>
    </message>
    <message>
        <source>Each worker works between half and all of it in every phase.</source>
        <translation>Jeder Worker arbeitet in jeder Phase zwischen der Hälfte und der vollen Zeit.</translation>
    </message>
    <message>
        <source>Straggler&apos;s delay</source>
        <translation>Verspätung des Nachzüglers</translation>
    </message>
    <message>
        <source>The last worker works this much longer in phase 2.</source>
        <translation>Der letzte Worker arbeitet in Phase 2 so viel länger.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>How long a worker waits at the barrier before it gives up and breaks it (0: for ever).</source>
        <translation>Wie lange ein Worker an der Barrier wartet, bevor er aufgibt und sie bricht (0: unbegrenzt).</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>condition: publisher and subscribers; event: a traffic light; barrier: workers through phases.</source>
        <translation>condition: Publisher und Abonnenten; event: eine Ampel; barrier: Worker, die durch Phasen gehen.</translation>
    </message>
    <message>
        <source>Philosophers</source>
        <translation>Philosophen</translation>
    </message>
    <message>
        <source>Philosopher threads around the table, one fork between each two neighbours.</source>
        <translation>Philosophen-Threads um den Tisch, eine Gabel zwischen je zwei Nachbarn.</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>Abhilfen</translation>
    </message>
    <message>
        <source>Seconds per remedy</source>
        <translation>Sekunden pro Abhilfe</translation>
    </message>
    <message>
        <source>How long the philosophers dine with each remedy.</source>
        <translation>Wie lange die Philosophen mit jeder Abhilfe speisen.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Denken</translation>
    </message>
    <message>
        <source>How long a philosopher thinks between meals (drawn from half to one and a half times this).</source>
        <translation>Wie lange ein Philosoph zwischen den Mahlzeiten denkt (zufällig zwischen dem halben und dem anderthalbfachen Wert).</translation>
    </message>
    <message>
        <source>Eating</source>
        <translation>Essen</translation>
    </message>
    <message>
        <source>How long a meal takes (drawn from half to one and a half times this); reaching from the first fork to the second takes half of it.</source>
        <translation>Wie lange eine Mahlzeit dauert (zufällig zwischen dem halben und dem anderthalbfachen Wert); der Griff von der ersten zur zweiten Gabel dauert die Hälfte davon.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Seed of the think, eat and back-off times.</source>
        <translation>Startwert für die Denk-, Ess- und Wartezeiten.</translation>
    </message>
    <message>
        <source>none (left fork, then right: deadlocks), ordering (lower-numbered fork first), arbitrator (a semaphore of N-1 seats), backoff (try the second fork, else put the first down for a random time), fixed-backoff (the same for a fixed time: may livelock), chandy-misra (dirty forks are handed over on request, clean ones kept until eaten with).</source>
        <translation>none (linke Gabel, dann rechte: Deadlock), ordering (die Gabel mit der kleineren Nummer zuerst), arbitrator (ein Semaphor mit N-1 Plätzen), backoff (die zweite Gabel versuchen, sonst die erste für eine zufällige Zeit ablegen), fixed-backoff (dasselbe für eine feste Zeit: möglicher Livelock), chandy-misra (schmutzige Gabeln werden auf Anfrage abgegeben, saubere behalten, bis mit ihnen gegessen wurde).</translation>
    </message>
    <message>
        <source>Lock order</source>
        <translation>Sperrreihenfolge</translation>
    </message>
    <message>
        <source>opposite: thread-1 takes A then B, thread-2 B then A (deadlocks); same: both take A then B (the second waits, no cycle).</source>
        <translation>opposite: thread-1 nimmt A, dann B, thread-2 B, dann A (Deadlock); same: beide nehmen A, dann B (der zweite wartet, kein Zyklus).</translation>
    </message>
    <message>
        <source>Hold the first lock</source>
        <translation>Erste Sperre halten</translation>
    </message>
    <message>
        <source>How long each thread works with its first lock before it asks for the second: long enough for the other to take its first lock too.</source>
        <translation>Wie lange jeder Thread mit seiner ersten Sperre arbeitet, bevor er die zweite anfordert: lange genug, damit der andere seine erste Sperre ebenfalls nehmen kann.</translation>
    </message>
    <message>
        <source>Work with both</source>
        <translation>Arbeit mit beiden</translation>
    </message>
    <message>
        <source>How long a thread holds both locks.</source>
        <translation>Wie lange ein Thread beide Sperren hält.</translation>
    </message>
    <message>
        <source>Start thread-2 later</source>
        <translation>thread-2 später starten</translation>
    </message>
    <message>
        <source>thread-2 starts this much after thread-1. Longer than thread-1&apos;s work and the opposite orders do not hang: a lucky run, still a potential deadlock.</source>
        <translation>thread-2 startet so viel später als thread-1. Länger als die Arbeit von thread-1, und die gegenläufigen Reihenfolgen hängen nicht: ein glücklicher Lauf, aber weiterhin ein möglicher Deadlock.</translation>
    </message>
    <message>
        <source>two-locks: two threads take two locks (opposite orders or one order); philosophers: the dining philosophers with their remedies.</source>
        <translation>two-locks: zwei Threads nehmen zwei Sperren (gegenläufige Reihenfolge oder eine Reihenfolge); philosophers: die speisenden Philosophen mit ihren Abhilfen.</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Opfer</translation>
    </message>
    <message>
        <source>ask: you choose whose wait the lab cancels (a button, or a click on the thread); thread-1 or thread-2: the lab breaks the deadlock itself after showing it.</source>
        <translation>ask: du wählst, wessen Warten das Labor abbricht (ein Button oder ein Klick auf den Thread); thread-1 oder thread-2: das Labor löst den Deadlock selbst auf, nachdem es ihn gezeigt hat.</translation>
    </message>
    <message>
        <source>I choose the victim</source>
        <translation>Ich wähle das Opfer</translation>
    </message>
    <message>
        <source>The lab does not end a deadlock itself: click a philosopher in the red cycle and the lab cancels that philosopher&apos;s wait.</source>
        <translation>Das Labor beendet einen Deadlock nicht selbst: Klicke einen Philosophen im roten Kreis an, und das Labor bricht das Warten dieses Philosophen ab.</translation>
    </message>
    <message>
        <source>MPI hosts</source>
        <translation>MPI-Hosts</translation>
    </message>
    <message>
        <source>Where the mpi strategy runs its ranks: an Open MPI hostfile, or host:slots,... (empty: this machine).</source>
        <translation>Wo die Strategie mpi ihre Ränge startet: eine Open-MPI-Hostdatei oder host:slots,... (leer: dieser Rechner).</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Strategien</translation>
    </message>
    <message>
        <source>One download after another, one thread each, event-driven on one network manager (async) or on one per 6 requests (async-uncapped), or a pool of threads.</source>
        <translation>Ein Download nach dem anderen, ein Thread je Download, ereignisgesteuert auf einem Netzwerkmanager (async) oder auf einem je 6 Anfragen (async-uncapped), oder ein Pool von Threads.</translation>
    </message>
    <message>
        <source>Pool threads</source>
        <translation>Pool-Threads</translation>
    </message>
    <message>
        <source>Threads of the pool strategy; 6 = the connections one Qt 6.4 network manager opens per host, so pool and async meet at the same concurrency.</source>
        <translation>Threads der Strategie pool; 6 = die Verbindungen, die ein Netzwerkmanager von Qt 6.4 pro Host öffnet, sodass pool und async dieselbe Nebenläufigkeit erreichen.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>How many images to download from the embedded server.</source>
        <translation>Wie viele Bilder vom eingebauten Server geladen werden.</translation>
    </message>
    <message>
        <source>Deadline per download (ms)</source>
        <translation>Frist pro Download (ms)</translation>
    </message>
    <message>
        <source>The whole transfer, redirects included (as curl --max-time): a slow or silent server fails the item when it passes.</source>
        <translation>Die ganze Übertragung, Weiterleitungen eingeschlossen (wie curl --max-time): Ist sie verstrichen, scheitert der Download bei einem langsamen oder stummen Server.</translation>
    </message>
    <message>
        <source>Largest reply (bytes)</source>
        <translation>Größte Antwort (Bytes)</translation>
    </message>
    <message>
        <source>A download is aborted when its body passes this many bytes, counted as they arrive (also without Content-Length).</source>
        <translation>Ein Download wird abgebrochen, sobald sein Inhalt mehr Bytes hat als diese, gezählt beim Eintreffen (auch ohne Content-Length).</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <source>Redirects followed per download.</source>
        <translation>Weiterleitungen, denen ein Download folgt.</translation>
    </message>
    <message>
        <source>One thread, N lab threads, N worker processes, the same in CPython for comparison, or N MPI ranks started by mpirun.</source>
        <translation>Ein Thread, N Lab-Threads, N Worker-Prozesse, dasselbe zum Vergleich in CPython, oder N MPI-Ranks, gestartet von mpirun.</translation>
    </message>
    <message>
        <source>Workers (e.g. 1,2,4)</source>
        <translation>Worker (z. B. 1,2,4)</translation>
    </message>
    <message>
        <source>Threads, processes or ranks of the parallel strategies: N, or a sweep such as 1,2,4. The default is this machine&apos;s logical core count.</source>
        <translation>Threads, Prozesse oder Ranks der parallelen Strategien: N oder eine Reihe wie 1,2,4. Vorgabe ist die Zahl der logischen Kerne dieses Rechners.</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Anzahl Zahlen</translation>
    </message>
    <message>
        <source>How many random numbers to factorize.</source>
        <translation>Wie viele Zufallszahlen zerlegt werden.</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Kleinste</translation>
    </message>
    <message>
        <source>The smallest random number.</source>
        <translation>Die kleinste Zufallszahl.</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Größte</translation>
    </message>
    <message>
        <source>The largest random number.</source>
        <translation>Die größte Zufallszahl.</translation>
    </message>
    <message>
        <source>Seed of the number generator: the same seed gives the same numbers.</source>
        <translation>Startwert des Zahlengenerators: Derselbe Startwert ergibt dieselben Zahlen.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>naive: the outline&apos;s trial division; fast: Miller-Rabin and Pollard&apos;s rho, for 64-bit numbers.</source>
        <translation>naive: die Probedivision aus der Kursgliederung; fast: Miller-Rabin und Pollards Rho, für 64-Bit-Zahlen.</translation>
    </message>
    <message>
        <source>Size sweep (optional)</source>
        <translation>Größenreihe (optional)</translation>
    </message>
    <message>
        <source>Leave empty, or list workload sizes (e.g. 100,1000,10000): each runs the first N numbers, to see where parallelism starts to pay.</source>
        <translation>Leer lassen oder Arbeitsumfänge auflisten (z. B. 100,1000,10000): Jeder rechnet die ersten N Zahlen, um zu sehen, ab wann sich Parallelität lohnt.</translation>
    </message>
    <message>
        <source>Server latency (ms)</source>
        <translation>Serverlatenz (ms)</translation>
    </message>
    <message>
        <source>The embedded server&apos;s delay before each reply, as a far-away server&apos;s.</source>
        <translation>Die Verzögerung des eingebauten Servers vor jeder Antwort, wie bei einem fernen Server.</translation>
    </message>
    <message>
        <source>Image size (KiB)</source>
        <translation>Bildgröße (KiB)</translation>
    </message>
    <message>
        <source>The size of each generated image in KiB.</source>
        <translation>Die Größe jedes erzeugten Bildes in KiB.</translation>
    </message>
    <message>
        <source>Server uplink (kbit/s, 0 = unlimited)</source>
        <translation>Server-Uplink (kbit/s, 0 = unbegrenzt)</translation>
    </message>
    <message>
        <source>The server&apos;s whole uplink in kbit/s, shared by every download (0: unlimited).</source>
        <translation>Der gesamte Uplink des Servers in kbit/s, geteilt von allen Downloads (0: unbegrenzt).</translation>
    </message>
    <message>
        <source>Failure rate (0..1)</source>
        <translation>Fehlerrate (0..1)</translation>
    </message>
    <message>
        <source>The fraction of requests the server answers with HTTP 500.</source>
        <translation>Der Anteil der Anfragen, die der Server mit HTTP 500 beantwortet.</translation>
    </message>
    <message>
        <source>Seed of the failures</source>
        <translation>Startwert der Fehler</translation>
    </message>
    <message>
        <source>Seed of the failure draw: the same seed fails the same requests.</source>
        <translation>Startwert der Fehlerauswahl: Derselbe Startwert lässt dieselben Anfragen scheitern.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1 (0: a free one).</source>
        <translation>TCP-Port auf 127.0.0.1 (0: ein freier).</translation>
    </message>
    <message>
        <source>Pin to CPU</source>
        <translation>An CPU binden</translation>
    </message>
    <message>
        <source>Every pinned lab thread of the run is allowed to run on this CPU only.</source>
        <translation>Jeder gebundene Lab-Thread des Laufs darf nur auf dieser CPU laufen.</translation>
    </message>
    <message>
        <source>About 1 ns per step on a current core.</source>
        <translation>Etwa 1 ns pro Schritt auf einem aktuellen Kern.</translation>
    </message>
    <message>
        <source>Threads (e.g. 1,2,4,8)</source>
        <translation>Threads (z. B. 1,2,4,8)</translation>
    </message>
    <message>
        <source>Each job runs once with each of these thread counts; 1 is always measured too, as the baseline.</source>
        <translation>Jede Aufgabe läuft einmal mit jeder dieser Thread-Zahlen; 1 wird als Bezug immer mitgemessen.</translation>
    </message>
    <message>
        <source>I/O job: units</source>
        <translation>I/O-Aufgabe: Einheiten</translation>
    </message>
    <message>
        <source>Units of the I/O-bound job, shared by its threads; each waits, then computes a little.</source>
        <translation>Einheiten der I/O-lastigen Aufgabe, geteilt von ihren Threads; jede wartet und rechnet dann ein wenig.</translation>
    </message>
    <message>
        <source>I/O job: wait per unit</source>
        <translation>I/O-Aufgabe: Wartezeit pro Einheit</translation>
    </message>
    <message>
        <source>Each unit waits this long for a kernel timer (timerfd + poll): no CPU is used.</source>
        <translation>Jede Einheit wartet so lange auf einen Kernel-Timer (timerfd + poll): Dabei wird keine CPU genutzt.</translation>
    </message>
    <message>
        <source>I/O job: CPU work per unit</source>
        <translation>I/O-Aufgabe: CPU-Arbeit pro Einheit</translation>
    </message>
    <message>
        <source>The little computing each I/O unit does after its wait.</source>
        <translation>Die kleine Rechenarbeit, die jede I/O-Einheit nach ihrer Wartezeit leistet.</translation>
    </message>
    <message>
        <source>CPU job: units</source>
        <translation>CPU-Aufgabe: Einheiten</translation>
    </message>
    <message>
        <source>Units of the CPU-bound job, shared by its threads; each is a hash chain.</source>
        <translation>Einheiten der CPU-lastigen Aufgabe, geteilt von ihren Threads; jede ist eine Hash-Kette.</translation>
    </message>
    <message>
        <source>CPU job: hash steps per unit</source>
        <translation>CPU-Aufgabe: Hash-Schritte pro Einheit</translation>
    </message>
    <message>
        <source>Threads (e.g. 1,2,3,4)</source>
        <translation>Threads (z. B. 1,2,3,4)</translation>
    </message>
    <message>
        <source>The job runs once with each of these thread counts; 1 is always measured too, as the baseline. The default goes to twice the core count.</source>
        <translation>Die Aufgabe läuft einmal mit jeder dieser Thread-Zahlen; 1 wird als Bezug immer mitgemessen. Die Vorgabe reicht bis zur doppelten Kernzahl.</translation>
    </message>
    <message>
        <source>Where the threads may run</source>
        <translation>Wo die Threads laufen dürfen</translation>
    </message>
    <message>
        <source>free: the scheduler may use every core; pinned: every thread on the CPU below.</source>
        <translation>free: Der Scheduler darf jeden Kern nutzen; pinned: jeder Thread auf der CPU unten.</translation>
    </message>
    <message>
        <source>Simulate a GIL (adds a run behind one global lock)</source>
        <translation>GIL simulieren (fügt einen Lauf hinter einer globalen Sperre hinzu)</translation>
    </message>
    <message>
        <source>One more series: free threads that must hold one global lock to compute, as CPython&apos;s threads hold the GIL.</source>
        <translation>Eine weitere Reihe: freie Threads, die zum Rechnen eine globale Sperre halten müssen, wie die Threads von CPython den GIL.</translation>
    </message>
    <message>
        <source>Units of work</source>
        <translation>Arbeitseinheiten</translation>
    </message>
    <message>
        <source>Units of the job, shared by its threads; each is a hash chain.</source>
        <translation>Einheiten der Aufgabe, geteilt von ihren Threads; jede ist eine Hash-Kette.</translation>
    </message>
    <message>
        <source>Hash steps per unit</source>
        <translation>Hash-Schritte pro Einheit</translation>
    </message>
</context>
<context>
    <name>Lab::Core::PhilosophersRunner</name>
    <message>
        <source>never ate in %1 s despite the remedy %2</source>
        <translation>hat in %1 s trotz der Abhilfe %2 nie gegessen</translation>
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
    <name>Lab::Core::RaceRunner</name>
    <message>
        <source>%1 updates lost despite %2 synchronization</source>
        <translation>%1 Updates trotz Synchronisation %2 verloren</translation>
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
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
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
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
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
        <source>must be a time from 0 to %1 s (got %2)</source>
        <translation>muss eine Zeit von 0 bis %1 s sein (erhalten: %2)</translation>
    </message>
    <message>
        <source>must be a number from 0 to %1 (got %2)</source>
        <translation>muss eine Zahl von 0 bis %1 sein (erhalten: %2)</translation>
    </message>
    <message>
        <source>must not be negative (got %1)</source>
        <translation>darf nicht negativ sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>must hold at most %1 entries (got %2)</source>
        <translation>darf höchstens %1 Einträge enthalten (erhalten: %2)</translation>
    </message>
    <message>
        <source>must not be nested this deeply</source>
        <translation>darf nicht so tief verschachtelt sein</translation>
    </message>
    <message>
        <source>has a key longer than %1 characters</source>
        <translation>hat einen Schlüssel, der länger als %1 Zeichen ist</translation>
    </message>
    <message>
        <source>must be at most %1 characters long (got %2)</source>
        <translation>darf höchstens %1 Zeichen lang sein (erhalten: %2)</translation>
    </message>
    <message>
        <source>must be at most %1 (got %2)</source>
        <translation>darf höchstens %1 sein (erhalten: %2)</translation>
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
    <message>
        <source>%1 ran %2 ± %3 times faster than %4</source>
        <translation>%1 lief %2 ± %3-mal schneller als %4</translation>
    </message>
    <message>
        <source>%1 ran %2 ± %3 times slower than %4</source>
        <translation>%1 lief %2 ± %3-mal langsamer als %4</translation>
    </message>
</context>
<context>
    <name>Lab::Core::RunComparison</name>
    <message>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <source>unknown CPU</source>
        <translation>unbekannte CPU</translation>
    </message>
    <message>
        <source>%1 logical cores</source>
        <translation>%1 logische Kerne</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>A mean ± σ</source>
        <translation>A Mittel ± σ</translation>
    </message>
    <message>
        <source>B mean ± σ</source>
        <translation>B Mittel ± σ</translation>
    </message>
    <message>
        <source>B/A</source>
        <translation>B/A</translation>
    </message>
    <message>
        <source>(not in A)</source>
        <translation>(nicht in A)</translation>
    </message>
    <message>
        <source>(not in B)</source>
        <translation>(nicht in B)</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>B/A above 1: B took longer than A; below 1: B was faster.</source>
        <translation>B/A über 1: B hat länger gebraucht als A; unter 1: B war schneller.</translation>
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
    <message>
        <source>added 1 in one atomic step: %1 → %2</source>
        <translation>addiert 1 in einem atomaren Schritt: %1 → %2</translation>
    </message>
    <message>
        <source>locked the mutex</source>
        <translation>sperrt den Mutex</translation>
    </message>
    <message>
        <source>locked the rlock twice</source>
        <translation>sperrt das RLock zweimal</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>liest %1</translation>
    </message>
    <message>
        <source>added 1: %1 in its register</source>
        <translation>addiert 1: %1 in seinem Register</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>schreibt %1</translation>
    </message>
    <message>
        <source>unlocked the mutex</source>
        <translation>gibt den Mutex frei</translation>
    </message>
    <message>
        <source>unlocked the rlock twice</source>
        <translation>gibt das RLock zweimal frei</translation>
    </message>
    <message>
        <source>increments: with every step shown must be an integer from 1 to %1 (got %2)</source>
        <translation>increments: muss mit jedem gezeigten Schritt eine ganze Zahl von 1 bis %1 sein (erhalten: %2)</translation>
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
    <name>Lab::Core::ThreadJobBenchmark</name>
    <message>
        <source>a benchmark is running</source>
        <translation>ein Benchmark läuft gerade</translation>
    </message>
    <message>
        <source>series: choose at least one job to measure</source>
        <translation>series: mindestens eine Aufgabe zum Messen wählen</translation>
    </message>
    <message>
        <source>threads: must be a list of integers from 1 to 256 (got &quot;&quot;)</source>
        <translation>threads: muss eine Liste ganzer Zahlen von 1 bis 256 sein (erhalten: „“)</translation>
    </message>
    <message>
        <source>threads: must be a list of integers from 1 to 256 (got %1)</source>
        <translation>threads: muss eine Liste ganzer Zahlen von 1 bis 256 sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>warmup: must be an integer from 0 to 100 (got %1)</source>
        <translation>warmup: muss eine ganze Zahl von 0 bis 100 sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>runs: must be an integer from 1 to 100 (got %1)</source>
        <translation>runs: muss eine ganze Zahl von 1 bis 100 sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>strategy: must not be empty</source>
        <translation>strategy: darf nicht leer sein</translation>
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
    <name>Lab::Core::ThreadsCommand</name>
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
        <source>could start only %1 of %2 threads: each needs file descriptors for its event loop and this process may open %3 files (ulimit -n)</source>
        <translation>konnte nur %1 von %2 Threads starten: Jeder braucht Dateideskriptoren für seine Ereignisschleife, und dieser Prozess darf %3 Dateien öffnen (ulimit -n)</translation>
    </message>
    <message>
        <source>could start only %1 of %2 threads: the system refused to create more (see the warning above; ulimit -u and memory limit threads)</source>
        <translation>konnte nur %1 von %2 Threads starten: Das System hat verweigert, weitere zu erzeugen (siehe die Warnung oben; ulimit -u und der Speicher begrenzen die Threads)</translation>
    </message>
    <message>
        <source>the sample lists only %1 of the %2 lab threads (/proc could not be read for the others)</source>
        <translation>die Abtastung listet nur %1 der %2 Lab-Threads auf (/proc konnte für die anderen nicht gelesen werden)</translation>
    </message>
    <message>
        <source>Record the threads&apos; states as a Chrome Trace Event JSON file here (opens in ui.perfetto.dev).</source>
        <translation>Die Zustände der Threads als Chrome-Trace-Event-JSON-Datei hier aufzeichnen (öffnet sich in ui.perfetto.dev).</translation>
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
    <name>Lab::Gui::AboutDialog</name>
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
    <name>Lab::Gui::BarrierPage</name>
    <message>
        <source>Barrier</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>gebrochen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>every wait on it fails</source>
        <translation>jedes Warten darauf schlägt fehl</translation>
    </message>
    <message>
        <source>arrived in this phase</source>
        <translation>in dieser Phase angekommen</translation>
    </message>
    <message>
        <source>seconds, all workers together</source>
        <translation>Sekunden, alle Worker zusammen</translation>
    </message>
    <message>
        <source>phase %1 of %2</source>
        <translation>Phase %1 von %2</translation>
    </message>
    <message>
        <source>Stopped in phase %1.</source>
        <translation>Angehalten in Phase %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The barrier broke in phase %1.&lt;/b&gt; %2 waited longer than its timeout and gave up; the phase could never complete, so every worker waiting at the barrier, and every one arriving later, got an error instead (Python: BrokenBarrierError). A barrier&apos;s timeout is a way to notice a worker that hangs.</source>
        <translation>&lt;b&gt;Die Barrier ist in Phase %1 gebrochen.&lt;/b&gt; %2 hat länger als sein Timeout gewartet und aufgegeben; die Phase konnte nie fertig werden, also bekam jeder Worker, der an der Barrier wartete, und jeder, der später ankam, stattdessen einen Fehler (Python: BrokenBarrierError). Am Timeout einer Barrier erkennt man einen Worker, der hängt.</translation>
    </message>
    <message>
        <source>A worker</source>
        <translation>Ein Worker</translation>
    </message>
    <message>
        <source>Done: the barrier broke in phase %1.</source>
        <translation>Fertig: Die Barrier ist in Phase %1 gebrochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;All %1 workers went through %2 phases together.&lt;/b&gt; In every column the workers that finished early waited for the slowest: %3 s of waiting in all. A barrier&apos;s phase takes as long as its slowest worker.</source>
        <translation>&lt;b&gt;Alle %1 Worker sind gemeinsam durch %2 Phasen gegangen.&lt;/b&gt; In jeder Spalte warteten die Worker, die früh fertig waren, auf den Langsamsten: insgesamt %3 s Wartezeit. Eine Phase der Barrier dauert so lange wie ihr langsamster Worker.</translation>
    </message>
    <message>
        <source>Done: %1 phases, %2 s waiting at the barrier.</source>
        <translation>Fertig: %1 Phasen, %2 s Warten an der Barrier.</translation>
    </message>
    <message>
        <source>Barrier &quot;phase end&quot;</source>
        <translation>Barrier „phase end“</translation>
    </message>
    <message>
        <source>Phases done</source>
        <translation>Erledigte Phasen</translation>
    </message>
    <message>
        <source>Waiting at the barrier</source>
        <translation>Warten an der Barrier</translation>
    </message>
    <message>
        <source>working</source>
        <translation>arbeitet</translation>
    </message>
    <message>
        <source>waiting at the barrier</source>
        <translation>wartet an der Barrier</translation>
    </message>
    <message>
        <source>through</source>
        <translation>durch</translation>
    </message>
    <message>
        <source>in phase %1</source>
        <translation>in Phase %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>replay at %1 s</source>
        <translation>Wiedergabe bei %1 s</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::BenchmarkResultModel</name>
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
    <name>Lab::Gui::BenchmarkResultsWidget</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Chart %1 of %2 · C: the next chart</source>
        <translation>Diagramm %1 von %2 · C: das nächste Diagramm</translation>
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
    <message>
        <source>A: %1</source>
        <extracomment>legend entry of one of two compared runs: &quot;A: 2026-12-07 10:31 · Intel(R) Xeon(R) · 2 logical cores&quot;</extracomment>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>A: %1 | B: %2</source>
        <translation>A: %1 | B: %2</translation>
    </message>
    <message>
        <source>%1: runtime per strategy, A and B</source>
        <translation>%1: Laufzeit pro Strategie, A und B</translation>
    </message>
    <message>
        <source>Strategy × workers · bar: mean · whisker: ± 1 standard deviation</source>
        <translation>Strategie × Worker · Balken: Mittelwert · Fehlerbalken: ± 1 Standardabweichung</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <extracomment>a bar&apos;s category in a comparison: strategy (and workers), then which run</extracomment>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>%1 · %2× A</source>
        <extracomment>value above B&apos;s bar with the ratio to A: &quot;130 ms · 1.02× A&quot;</extracomment>
        <translation>%1 · %2× A</translation>
    </message>
    <message>
        <source>%1: speedup over sequential, A and B</source>
        <translation>%1: Beschleunigung gegenüber sequenziell, A und B</translation>
    </message>
    <message>
        <source>%1 (B)</source>
        <translation>%1 (B)</translation>
    </message>
    <message>
        <source>two results overlay only as runtime or speedup charts</source>
        <translation>zwei Ergebnisse lassen sich nur als Laufzeit- oder Beschleunigungsdiagramm überlagern</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ChartCommand</name>
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
    <message>
        <source>RESULT.json: missing (usage: concurrency-lab chart RESULT.json [B.json] --out FILE.png)</source>
        <translation>RESULT.json: fehlt (Aufruf: concurrency-lab chart RESULT.json [B.json] --out FILE.png)</translation>
    </message>
    <message>
        <source>--out: must not be the result file it reads (both &quot;%1&quot;)</source>
        <translation>--out: darf nicht die gelesene Ergebnisdatei sein (beide „%1“)</translation>
    </message>
    <message>
        <source>%1: must be a result of the same experiment as %2 (%3, got %4)</source>
        <translation>%1: muss ein Ergebnis desselben Experiments sein wie %2 (%3, erhalten: %4)</translation>
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
    <name>Lab::Gui::ConcurrencyPanel</name>
    <message>
        <source>Run %1 of %2: %3</source>
        <translation>Lauf %1 von %2: %3</translation>
    </message>
    <message>
        <source>Speedup on one core (CPU %1)</source>
        <translation>Beschleunigung auf einem Kern (CPU %1)</translation>
    </message>
    <message>
        <source>one core (CPU %1)</source>
        <translation>ein Kern (CPU %1)</translation>
    </message>
    <message>
        <source>I/O-bound (timer waits)</source>
        <translation>I/O-gebunden (Timer-Wartezeiten)</translation>
    </message>
    <message>
        <source>CPU-bound (hashing)</source>
        <translation>CPU-gebunden (Hashing)</translation>
    </message>
    <message>
        <source>&lt;b&gt;I/O-bound:&lt;/b&gt; %1× faster with %2 threads on one core, the CPU busy only %3 % of the time: while one thread waits (state &lt;b&gt;S&lt;/b&gt; in the monitor) another uses the core. Concurrency without parallelism.</source>
        <translation>&lt;b&gt;I/O-gebunden:&lt;/b&gt; %1× schneller mit %2 Threads auf einem Kern, die CPU nur %3 % der Zeit beschäftigt: Während ein Thread wartet (Zustand &lt;b&gt;S&lt;/b&gt; im Monitor), nutzt ein anderer den Kern. Nebenläufigkeit ohne Parallelität.</translation>
    </message>
    <message>
        <source>&lt;b&gt;CPU-bound:&lt;/b&gt; %1× with %2 threads: the core is already busy, the threads only take turns. Only more cores help (topic 6).</source>
        <translation>&lt;b&gt;CPU-gebunden:&lt;/b&gt; %1× mit %2 Threads: Der Kern ist bereits ausgelastet, die Threads wechseln sich nur ab. Nur mehr Kerne helfen (Thema 6).</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n cases measured.</source>
        <translation>
            <numerusform>Fertig: %n Fall gemessen.</numerusform>
            <numerusform>Fertig: %n Fälle gemessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. On one core, %1 threads: I/O-bound %2× faster (CPU busy %3 %), CPU-bound %4×.</source>
        <translation>Fertig. Auf einem Kern, %1 Threads: I/O-gebunden %2× schneller (CPU %3 % ausgelastet), CPU-gebunden %4×.</translation>
    </message>
    <message>
        <source>Every lab thread of this experiment is pinned to &lt;b&gt;CPU %1&lt;/b&gt; (sched_setaffinity): one core for all of them. The window and the monitor are not pinned.</source>
        <translation>Jeder Lab-Thread dieses Experiments ist an &lt;b&gt;CPU %1&lt;/b&gt; gebunden (sched_setaffinity): ein Kern für alle. Das Fenster und der Monitor sind nicht gebunden.</translation>
    </message>
    <message>
        <source>Two jobs, each run with 1 to N threads, all threads on &lt;b&gt;one&lt;/b&gt; core. The I/O-bound job waits for a timer in every unit (like a download waiting for the network); the CPU-bound job only computes. Watch the monitor while it runs: &lt;i&gt;io-job-1&lt;/i&gt;, ... sleep (S) most of the time, &lt;i&gt;cpu-job-1&lt;/i&gt;, ... take turns on the one core.</source>
        <translation>Zwei Aufgaben, jede mit 1 bis N Threads ausgeführt, alle Threads auf &lt;b&gt;einem&lt;/b&gt; Kern. Die I/O-gebundene Aufgabe wartet in jeder Einheit auf einen Timer (wie ein Download, der auf das Netzwerk wartet); die CPU-gebundene Aufgabe rechnet nur. Während des Laufs den Monitor beobachten: &lt;i&gt;io-job-1&lt;/i&gt;, ... schlafen (S) die meiste Zeit, &lt;i&gt;cpu-job-1&lt;/i&gt;, ... wechseln sich auf dem einen Kern ab.</translation>
    </message>
    <message>
        <source>Show the workload and repetition settings</source>
        <translation>Die Einstellungen für Arbeitsumfang und Wiederholungen anzeigen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ConditionsPanel</name>
    <message>
        <source>Condition: wake one, wait in a while loop</source>
        <translation>Condition: einen wecken, in while-Schleife warten</translation>
    </message>
    <message>
        <source>Condition: wake all, check with if (fails)</source>
        <translation>Condition: alle wecken, mit if prüfen (scheitert)</translation>
    </message>
    <message>
        <source>Event: the traffic light</source>
        <translation>Event: die Ampel</translation>
    </message>
    <message>
        <source>Barrier: everyone waits for the slowest</source>
        <translation>Barrier: alle warten auf den Langsamsten</translation>
    </message>
    <message>
        <source>Barrier: a timeout breaks it</source>
        <translation>Barrier: ein Timeout bricht sie</translation>
    </message>
    <message>
        <source>Threads that wait for each other: subscribers for a publisher&apos;s messages (a condition variable), cars for a green light (an event), workers for the slowest of them (a barrier). Choose a scenario or a preset, and watch the waiting threads in the monitor.</source>
        <translation>Threads, die aufeinander warten: Abonnenten auf die Nachrichten eines Publishers (eine Condition-Variable), Autos auf grünes Licht (ein Event), Worker auf den Langsamsten unter ihnen (eine Barrier). Wähle ein Szenario oder eine Vorgabe und beobachte die wartenden Threads im Monitor.</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::CounterThreadModel</name>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <source>Shared
counter at</source>
        <translation>Geteilter
Zähler bei</translation>
    </message>
    <message>
        <source>Own stack
variable at</source>
        <translation>Eigene Stack-
variable bei</translation>
    </message>
    <message>
        <source>Distance from
the first stack</source>
        <translation>Abstand vom
ersten Stack</translation>
    </message>
    <message>
        <source>Increments</source>
        <translation>Inkremente</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::DaemonDemoWidget</name>
    <message>
        <source>You ended the program: its stdin is closed, its main thread goes to the end.</source>
        <translation>Das Programm wurde beendet: Seine Standardeingabe ist geschlossen, sein Haupt-Thread läuft zum Programmende.</translation>
    </message>
    <message>
        <source>program %1 started: daemon thread %2, standard thread %3</source>
        <translation>Programm %1 gestartet: Daemon-Thread %2, Standard-Thread %3</translation>
    </message>
    <message>
        <source>daemon: beat %1</source>
        <translation>Daemon: Herzschlag %1</translation>
    </message>
    <message>
        <source>standard thread: step %1 of %2 done</source>
        <translation>Standard-Thread: Schritt %1 von %2 erledigt</translation>
    </message>
    <message>
        <source>standard thread: finished its work (checksum %1)</source>
        <translation>Standard-Thread: Arbeit beendet (Prüfsumme %1)</translation>
    </message>
    <message>
        <source>end of program: main thread waits for demo-worker (join) and abandons demo-daemon</source>
        <translation>Programmende: Der Haupt-Thread wartet auf demo-worker (join) und lässt demo-daemon zurück</translation>
    </message>
    <message>
        <source>exiting: the daemon had beaten %1 times and was %2; the standard thread was %3</source>
        <translation>Beenden: Der Daemon hatte %1-mal geschlagen und war %2; der Standard-Thread war %3</translation>
    </message>
    <message>
        <source>still running (abandoned mid-beat)</source>
        <translation>noch aktiv (mitten im Herzschlag zurückgelassen)</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>nicht mehr da</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht fertig</translation>
    </message>
    <message>
        <source>%1 ms  %2</source>
        <translation>%1 ms  %2</translation>
    </message>
    <message>
        <source>was ended by signal %1 (%2)</source>
        <translation>wurde durch Signal %1 (%2) beendet</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>endete mit Code %1</translation>
    </message>
    <message>
        <source>The program %1. It waited for the standard thread (%2) and abandoned the daemon after %3 beats: a daemon thread never keeps a program alive.</source>
        <translation>Das Programm %1. Es hat auf den Standard-Thread gewartet (%2) und den Daemon nach %3 Herzschlägen zurückgelassen: Ein Daemon-Thread hält ein Programm nie am Leben.</translation>
    </message>
    <message>
        <source>its work was done</source>
        <translation>seine Arbeit war erledigt</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unfertig</translation>
    </message>
    <message>
        <source>The program %1 before its end of program.</source>
        <translation>Das Programm %1, bevor es sein Programmende erreichte.</translation>
    </message>
    <message>
        <source>starting...</source>
        <translation>startet...</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>ended with the program</source>
        <translation>mit dem Programm beendet</translation>
    </message>
    <message>
        <source>demo-daemon, tid %1: %2 beats%3</source>
        <translation>demo-daemon, TID %1: %2 Herzschläge%3</translation>
    </message>
    <message>
        <source>, abandoned</source>
        <translation>, zurückgelassen</translation>
    </message>
    <message>
        <source>demo-worker, tid %1: %2 of %3 steps%4</source>
        <translation>demo-worker, TID %1: %2 von %3 Schritten%4</translation>
    </message>
    <message>
        <source>, finished</source>
        <translation>, fertig</translation>
    </message>
    <message>
        <source>&amp;Start the program</source>
        <translation>Programm &amp;starten</translation>
    </message>
    <message>
        <source>&amp;End the program</source>
        <translation>Programm &amp;beenden</translation>
    </message>
    <message>
        <source>A child program with a heartbeat &lt;b&gt;daemon&lt;/b&gt; thread and a &lt;b&gt;standard&lt;/b&gt; thread. End it and watch: the standard thread is waited for, the daemon is abandoned.</source>
        <translation>Ein Kindprogramm mit einem &lt;b&gt;Daemon&lt;/b&gt;-Thread als Herzschlag und einem &lt;b&gt;Standard&lt;/b&gt;-Thread. Programm beenden und beobachten: Auf den Standard-Thread wird gewartet, der Daemon wird zurückgelassen.</translation>
    </message>
    <message>
        <source>Daemon thread (detached, never joined)</source>
        <translation>Daemon-Thread (abgekoppelt, nie per join abgewartet)</translation>
    </message>
    <message>
        <source>Standard thread (joined at the end)</source>
        <translation>Standard-Thread (am Ende per join abgewartet)</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::DeadlockPanel</name>
    <message>
        <source>Two locks, opposite orders</source>
        <translation>Zwei Sperren, gegenläufige Reihenfolge</translation>
    </message>
    <message>
        <source>Two locks, one order</source>
        <translation>Zwei Sperren, eine Reihenfolge</translation>
    </message>
    <message>
        <source>Two locks, opposite orders, a lucky run</source>
        <translation>Zwei Sperren, gegenläufig, ein glücklicher Lauf</translation>
    </message>
    <message>
        <source>Philosophers: the deadlock</source>
        <translation>Philosophen: der Deadlock</translation>
    </message>
    <message>
        <source>Philosophers: you choose the victim</source>
        <translation>Philosophen: du wählst das Opfer</translation>
    </message>
    <message>
        <source>Philosophers: every remedy in turn</source>
        <translation>Philosophen: alle Abhilfen nacheinander</translation>
    </message>
    <message>
        <source>Threads that each hold a lock and wait for another&apos;s: two threads taking two locks in opposite orders, or philosophers sharing a fork (a mutex) with each neighbour. Watch the lab&apos;s detector find the circle of waits, choose the victim, and see each remedy break one of the four conditions.</source>
        <translation>Threads, die jeweils eine Sperre halten und auf die eines anderen warten: zwei Threads, die zwei Sperren in gegenläufiger Reihenfolge nehmen, oder Philosophen, die sich mit jedem Nachbarn eine Gabel (einen Mutex) teilen. Beobachte, wie der Detektor des Labors den Kreis der Wartebeziehungen findet, wähle das Opfer und sieh, wie jede Abhilfe eine der vier Bedingungen aufhebt.</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::DiningTableWidget</name>
    <message>
        <source>Press Run: the philosophers sit down.</source>
        <translation>Start drücken: die Philosophen setzen sich.</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>G%1</translation>
    </message>
    <message>
        <source>P%1
%2</source>
        <translation>P%1
%2</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::DownloadsExplanation</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>One request took about &lt;b&gt;%1&lt;/b&gt; here (server latency %2 ms). Timeline bars run from when a request left on a connection to its last byte.</source>
        <translation>Eine Anfrage dauerte hier etwa &lt;b&gt;%1&lt;/b&gt; (Serverlatenz %2 ms). Die Balken der Zeitleiste reichen vom Absenden einer Anfrage über eine Verbindung bis zu ihrem letzten Byte.</translation>
    </message>
    <message>
        <source>One request took about &lt;b&gt;%1&lt;/b&gt; here (the median item). Timeline bars run from when a request left on a connection to its last byte.</source>
        <translation>Eine Anfrage dauerte hier etwa &lt;b&gt;%1&lt;/b&gt; (Median der Elemente). Die Balken der Zeitleiste reichen vom Absenden einer Anfrage über eine Verbindung bis zu ihrem letzten Byte.</translation>
    </message>
    <message>
        <source>%1 ≈ %2 × one request</source>
        <translation>%1 ≈ %2 × eine Anfrage</translation>
    </message>
    <message>
        <source>one download after another: N × latency.</source>
        <translation>ein Download nach dem anderen: N × Latenz.</translation>
    </message>
    <message numerus="yes">
        <source>one thread per download, all %n waits overlap: about 1 × latency.</source>
        <translation>
            <numerusform>ein Thread pro Download, %n Wartezeit: etwa 1 × Latenz.</numerusform>
            <numerusform>ein Thread pro Download, alle %n Wartezeiten überlappen sich: etwa 1 × Latenz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one QNetworkAccessManager, no threads of ours, but Qt 6.4 opens at most 6 connections per host: %1 at once, %n round(s) of latency.</source>
        <translation>
            <numerusform>ein QNetworkAccessManager, keine eigenen Threads, aber Qt 6.4 öffnet höchstens 6 Verbindungen pro Host: %1 gleichzeitig, %n Latenzrunde.</numerusform>
            <numerusform>ein QNetworkAccessManager, keine eigenen Threads, aber Qt 6.4 öffnet höchstens 6 Verbindungen pro Host: %1 gleichzeitig, %n Latenzrunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 threads, at most %2 requests at once: %n round(s) of latency.</source>
        <translation>
            <numerusform>%1 Threads, höchstens %2 Anfragen gleichzeitig: %n Latenzrunde.</numerusform>
            <numerusform>%1 Threads, höchstens %2 Anfragen gleichzeitig: %n Latenzrunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2: %3</translation>
    </message>
    <message>
        <source>The server&apos;s uplink is limited to %1 kbit/s and every download shares it: moving all %2 images takes at least %3 whatever the strategy. More threads do not widen the link.</source>
        <translation>Der Uplink des Servers ist auf %1 kbit/s begrenzt, und alle Downloads teilen ihn sich: Alle %2 Bilder zu übertragen dauert mindestens %3, egal mit welcher Strategie. Mehr Threads machen die Leitung nicht breiter.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n item(s) failed. %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Element fehlgeschlagen. %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Elemente fehlgeschlagen. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The timeline shows the first %1 of the %2 items of each strategy.</source>
        <translation>Die Zeitleiste zeigt die ersten %1 der %2 Elemente jeder Strategie.</translation>
    </message>
    <message numerus="yes">
        <source>still no threads of ours, but one QNetworkAccessManager per 6 requests: all %1 at once, %n round(s) of latency.</source>
        <translation>
            <numerusform>weiterhin keine eigenen Threads, aber ein QNetworkAccessManager je 6 Anfragen: alle %1 gleichzeitig, %n Latenzrunde.</numerusform>
            <numerusform>weiterhin keine eigenen Threads, aber ein QNetworkAccessManager je 6 Anfragen: alle %1 gleichzeitig, %n Latenzrunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::Gui::DownloadsPanel</name>
    <message>
        <source>Run %1 of %2: %3</source>
        <translation>Lauf %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Starting the image server and making %n image(s)...</source>
        <translation>
            <numerusform>Bildserver wird gestartet und %n Bild erzeugt...</numerusform>
            <numerusform>Bildserver wird gestartet und %n Bilder werden erzeugt...</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing...</source>
        <translation>Wird vorbereitet...</translation>
    </message>
    <message>
        <source>Cancelled before the downloads started.</source>
        <translation>Abgebrochen, bevor die Downloads begonnen haben.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 items)</source>
        <translation>%1 (%2 von %3 Elementen)</translation>
    </message>
    <message>
        <source>Cancelled; the table shows the runs that finished.</source>
        <translation>Abgebrochen; die Tabelle zeigt die beendeten Läufe.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>Done: %1; %n download(s) failed (named below the images). Table and charts: the Results tab.</source>
        <translation>
            <numerusform>Fertig: %1; %n Download fehlgeschlagen (unter den Bildern genannt). Tabelle und Diagramme: der Reiter „Ergebnisse“.</numerusform>
            <numerusform>Fertig: %1; %n Downloads fehlgeschlagen (unter den Bildern genannt). Tabelle und Diagramme: der Reiter „Ergebnisse“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1. Table and charts: the Results tab.</source>
        <translation>Fertig: %1. Tabelle und Diagramme: der Reiter „Ergebnisse“.</translation>
    </message>
    <message>
        <source>Download images from the lab&apos;s own server on 127.0.0.1 (no network needed): one after another, one thread each (&lt;i&gt;download-0&lt;/i&gt;, ... in the monitor), event-driven on one QNetworkAccessManager (&lt;i&gt;async&lt;/i&gt;), event-driven on one manager per 6 requests (&lt;i&gt;async-uncapped&lt;/i&gt;), or with a pool of threads.</source>
        <translation>Bilder vom eigenen Server des Labs auf 127.0.0.1 herunterladen (kein Netzwerk nötig): eins nach dem anderen, je eins pro Thread (&lt;i&gt;download-0&lt;/i&gt;, ... im Monitor), ereignisgesteuert über einen QNetworkAccessManager (&lt;i&gt;async&lt;/i&gt;), ereignisgesteuert über einen Manager je 6 Anfragen (&lt;i&gt;async-uncapped&lt;/i&gt;) oder mit einem Pool von Threads.</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::DownloadsThumbnailGrid</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The images appear here as they arrive.</source>
        <translation>Die Bilder erscheinen hier, sobald sie ankommen.</translation>
    </message>
    <message>
        <source>Latest run, %1: %2 of %3 images arrived, %4 failed</source>
        <extracomment>%1 is a strategy (sequential, threads, async, pool)</extracomment>
        <translation>Letzter Lauf, %1: %2 von %3 Bildern angekommen, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Latest run, %1: %2 of %3 images arrived</source>
        <translation>Letzter Lauf, %1: %2 von %3 Bildern angekommen</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... und %n weiteres</numerusform>
            <numerusform>... und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
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
    <name>Lab::Gui::DownloadsUrlEditor</name>
    <message>
        <source>Load a URL list</source>
        <translation>URL-Liste laden</translation>
    </message>
    <message>
        <source>URL lists (*.txt *.lst);;All files (*)</source>
        <translation>URL-Listen (*.txt *.lst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load from file...</source>
        <translation>Aus Datei laden...</translation>
    </message>
    <message>
        <source>One URL a line, e.g. https://example.org/picture.png; blank lines and lines starting with # are skipped</source>
        <translation>Eine URL pro Zeile, z. B. https://example.org/picture.png; leere Zeilen und Zeilen, die mit # beginnen, werden übersprungen</translation>
    </message>
    <message>
        <source>Use my own URLs</source>
        <translation>Eigene URLs verwenden</translation>
    </message>
    <message>
        <source>Download these URLs instead of the embedded server&apos;s images (the server settings are then unused)</source>
        <translation>Diese URLs statt der Bilder des eingebauten Servers herunterladen (die Server-Einstellungen bleiben dann unbenutzt)</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::EventLogWidget</name>
    <message>
        <source>timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>queued call</source>
        <translation>eingereihter Aufruf</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>paint</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>%1  ---- no event was dispatched for %2 s: the event loop was blocked ----</source>
        <translation>%1  ---- %2 s lang wurde kein Ereignis ausgeliefert: Die Ereignisschleife war blockiert ----</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Events the GUI thread&apos;s event loop delivered, counted by kind, one line per %1 s (queued call: a signal from another thread or a network reply; socket: a worker process&apos;s output):</source>
        <translation>Ereignisse, die die Ereignisschleife des GUI-Threads ausgeliefert hat, nach Art gezählt, eine Zeile pro %1 s (eingereihter Aufruf: ein Signal aus einem anderen Thread oder eine Netzwerkantwort; Socket: die Ausgabe eines Worker-Prozesses):</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::EventLoopWidget</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>GUI clock %1</source>
        <translation>GUI-Uhr %1</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>median %1, p99 %2 over %3 timer ticks; the work took %4</source>
        <translation>Median %1, p99 %2 über %3 Timer-Ticks; die Arbeit dauerte %4</translation>
    </message>
    <message>
        <source>Do %1 s of work on the GUI thread</source>
        <translation>%1 s Arbeit im GUI-Thread erledigen</translation>
    </message>
    <message>
        <source>The window freezes: nothing repaints, clicks wait, the clock stops</source>
        <translation>Das Fenster friert ein: Nichts wird neu gezeichnet, Klicks warten, die Uhr bleibt stehen</translation>
    </message>
    <message>
        <source>Do the same work in a thread</source>
        <translation>Dieselbe Arbeit in einem Thread erledigen</translation>
    </message>
    <message>
        <source>A lab thread (eventloop-work in the monitor) computes; the GUI stays smooth</source>
        <translation>Ein Lab-Thread (eventloop-work im Monitor) rechnet; die GUI bleibt flüssig</translation>
    </message>
    <message>
        <source>Worst event-loop delay, work on the GUI thread</source>
        <translation>Größte Verzögerung der Ereignisschleife, Arbeit im GUI-Thread</translation>
    </message>
    <message>
        <source>Worst event-loop delay, work in a thread</source>
        <translation>Größte Verzögerung der Ereignisschleife, Arbeit in einem Thread</translation>
    </message>
    <message>
        <source>A timer asks the GUI thread&apos;s event loop to run every 5 ms; the delay is how late it ran. While the GUI thread computes it cannot take the next event, so every click, repaint and timer waits until the work is done. Long work belongs in a thread that sends its result back as a queued signal.</source>
        <translation>Ein Timer bittet die Ereignisschleife des GUI-Threads, alle 5 ms zu laufen; die Verzögerung gibt an, wie viel später sie lief. Solange der GUI-Thread rechnet, kann er das nächste Ereignis nicht annehmen, also warten jeder Klick, jedes Neuzeichnen und jeder Timer, bis die Arbeit erledigt ist. Lange Arbeit gehört in einen Thread, der sein Ergebnis als eingereihtes Signal zurückschickt.</translation>
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
    <message>
        <source>Choose a preset...</source>
        <translation>Vorgabe wählen...</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorgabe:</translation>
    </message>
    <message>
        <source>Cancelled; the table shows the runs that finished.</source>
        <translation>Abgebrochen; die Tabelle zeigt die beendeten Läufe.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>Settings: the defaults</source>
        <translation>Einstellungen: Standardwerte</translation>
    </message>
    <message>
        <source>%1, nearly done</source>
        <translation>%1, fast fertig</translation>
    </message>
    <message>
        <source>1 strategy measured</source>
        <translation>1 Strategie gemessen</translation>
    </message>
    <message>
        <source>%1 strategies measured</source>
        <translation>%1 Strategien gemessen</translation>
    </message>
    <message>
        <source>Paused: Space goes on, S steps to the next visible event.</source>
        <translation>Angehalten: Leertaste macht weiter, S geht zum nächsten sichtbaren Ereignis.</translation>
    </message>
    <message>
        <source>Step: %1. S: the next step, Space: go on.</source>
        <translation>Schritt: %1. S: der nächste Schritt, Leertaste: weiter.</translation>
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
        <source>Factorizing %1 numbers (%2), %3 runs per strategy after %4 warm-up</source>
        <translation>%1 Zahlen werden faktorisiert (%2), %3 Läufe pro Strategie, davor %4 zum Aufwärmen</translation>
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
    <message>
        <source>Done: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message>
        <source>worker process %1 %2; its batches are re-run</source>
        <translation>Worker-Prozess %1: %2; seine Stapel laufen erneut</translation>
    </message>
    <message>
        <source>mpi rank %1 started on %2 (pid %3)</source>
        <translation>MPI-Rang %1 auf %2 gestartet (PID %3)</translation>
    </message>
    <message>
        <source>Find the prime factors of random integers by trial division: one thread, N lab threads (&lt;i&gt;factor-1&lt;/i&gt;, ... in the monitor), N worker processes, or N MPI ranks started by mpirun (on this machine or the hosts you name). Every strategy must compute the same factors: the checksum column proves it.</source>
        <translation>Die Primfaktoren zufälliger ganzer Zahlen durch Probedivision finden: ein Thread, N Lab-Threads (&lt;i&gt;factor-1&lt;/i&gt;, ... im Monitor), N Worker-Prozesse oder N MPI-Ränge, die mpirun startet (auf diesem Rechner oder den genannten Hosts). Jede Strategie muss dieselben Faktoren berechnen: Die Spalte Prüfsumme beweist es.</translation>
    </message>
    <message>
        <source>mpirun took %1 ms before each run to start the ranks and wire them together (not counted in the runs). A job shorter than that is better done on one machine.</source>
        <translation>mpirun brauchte vor jedem Lauf %1 ms, um die Ränge zu starten und miteinander zu verbinden (nicht in den Läufen gezählt). Eine kürzere Arbeit erledigt man besser auf einem Rechner.</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::FalseSharingWidget</name>
    <message>
        <source>Adjacent counters (one cache line)</source>
        <translation>Benachbarte Zähler (eine Cache-Zeile)</translation>
    </message>
    <message>
        <source>Counters on separate cache lines</source>
        <translation>Zähler auf getrennten Cache-Zeilen</translation>
    </message>
    <message>
        <source>thread %1: 0x%2  line %3</source>
        <translation>Thread %1: 0x%2  Zeile %3</translation>
    </message>
    <message>
        <source>%1 bytes apart</source>
        <translation>%1 Bytes Abstand</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Two threads each add 1 to &lt;b&gt;their own&lt;/b&gt; counter millions of times. Nothing is shared in the program. Run the experiment to see what the hardware makes of it.</source>
        <translation>Zwei Threads addieren millionenfach 1 zu &lt;b&gt;ihrem eigenen&lt;/b&gt; Zähler. Im Programm wird nichts geteilt. Das Experiment ausführen, um zu sehen, was die Hardware daraus macht.</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message numerus="yes">
        <source>%n threads each add 1 to their own counter %L1 times.</source>
        <translation>
            <numerusform>%n Thread addiert %L1-mal 1 zu seinem eigenen Zähler.</numerusform>
            <numerusform>%n Threads addieren je %L1-mal 1 zu ihrem eigenen Zähler.</numerusform>
        </translation>
    </message>
    <message>
        <source>With the counters 8 bytes apart the run took &lt;b&gt;%1×&lt;/b&gt; as long. They sit in one 64-byte cache line, and a core must own the whole line to write to it: every write pulls the line away from the other core (it ping-pongs between the caches). 128 bytes apart, each core keeps its own line. Nothing is shared in the program, the hardware shares the line: that is &lt;b&gt;false sharing&lt;/b&gt;. The cure is padding (alignas(128)) or per-thread data combined at the end.</source>
        <translation>Mit 8 Bytes Abstand zwischen den Zählern dauerte der Lauf &lt;b&gt;%1×&lt;/b&gt; so lange. Sie liegen in einer 64-Byte-Cache-Zeile, und ein Kern muss die ganze Zeile besitzen, um hineinzuschreiben: Jeder Schreibzugriff zieht die Zeile vom anderen Kern weg (sie springt zwischen den Caches hin und her). Mit 128 Bytes Abstand behält jeder Kern seine eigene Zeile. Im Programm wird nichts geteilt, die Hardware teilt die Zeile: Das ist &lt;b&gt;False Sharing&lt;/b&gt;. Abhilfe schaffen Padding (alignas(128)) oder Daten pro Thread, die am Ende zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Here the difference is small (%1×). The line only bounces when the threads run &lt;i&gt;at the same time&lt;/i&gt; on cores with separate L1 caches. On a busy machine the threads may have taken turns; on a virtual machine the two CPUs may be hardware threads of one physical core, which share one L1 cache, so no line has to move. Run it again when the machine is idle, or with more increments.</source>
        <translation>Hier ist der Unterschied gering (%1×). Die Zeile springt nur hin und her, wenn die Threads &lt;i&gt;gleichzeitig&lt;/i&gt; auf Kernen mit getrennten L1-Caches laufen. Auf einer ausgelasteten Maschine haben sich die Threads womöglich abgewechselt; auf einer virtuellen Maschine können die beiden CPUs Hardware-Threads eines physischen Kerns sein, die sich einen L1-Cache teilen, sodass keine Zeile wandern muss. Noch einmal ausführen, wenn die Maschine untätig ist, oder mit mehr Inkrementen.</translation>
    </message>
    <message numerus="yes">
        <source> Note: %n threads on %1 logical CPUs cannot all run at once.</source>
        <translation>
            <numerusform> Hinweis: %n Thread auf %1 logischen CPUs kann nicht gleichzeitig laufen.</numerusform>
            <numerusform> Hinweis: %n Threads auf %1 logischen CPUs können nicht alle gleichzeitig laufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ForkDemoWidget</name>
    <message>
        <source>The worker (pid %1) has forked; its child is held for %2 ms, so both are in the monitor now.</source>
        <translation>Der Worker (pid %1) hat geforkt; sein Kind wird %2 ms lang festgehalten, daher sind jetzt beide im Monitor.</translation>
    </message>
    <message>
        <source>Starting concurrency-lab-worker fork-demo...</source>
        <translation>concurrency-lab-worker fork-demo wird gestartet...</translation>
    </message>
    <message>
        <source>the worker was ended by %1</source>
        <translation>der Worker wurde durch %1 beendet</translation>
    </message>
    <message>
        <source>the worker exited with code %1 without a report: %2</source>
        <translation>der Worker endete mit Code %1 ohne Bericht: %2</translation>
    </message>
    <message>
        <source>The fork demo failed: %1</source>
        <translation>Die Fork-Demo ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>concurrency-lab (this program)</source>
        <translation>concurrency-lab (dieses Programm)</translation>
    </message>
    <message>
        <source>concurrency-lab-worker fork-demo: the parent</source>
        <translation>concurrency-lab-worker fork-demo: der Elternprozess</translation>
    </message>
    <message>
        <source>%1 (was %2 before fork)</source>
        <translation>%1 (vor fork(): %2)</translation>
    </message>
    <message>
        <source>its child, made by fork()</source>
        <translation>sein Kind, erzeugt durch fork()</translation>
    </message>
    <message>
        <source>%1 (changed by the child)</source>
        <translation>%1 (vom Kind geändert)</translation>
    </message>
    <message>
        <source>fork() returned %1 in the parent (the child&apos;s pid) and 0 in the child.</source>
        <translation>fork() lieferte im Elternprozess %1 (die pid des Kindes) und im Kind 0.</translation>
    </message>
    <message>
        <source>The child&apos;s parent pid is %1: the worker that forked it.</source>
        <translation>Die Eltern-pid des Kindes ist %1: der Worker, der es geforkt hat.</translation>
    </message>
    <message>
        <source>The child&apos;s parent pid (%1) is not the worker&apos;s pid (%2).</source>
        <translation>Die Eltern-pid des Kindes (%1) ist nicht die pid des Workers (%2).</translation>
    </message>
    <message>
        <source>The variable is at the same address %1 in both, but holds %2 in the child and %3 in the parent: each process has its own copy of the memory.</source>
        <translation>Die Variable liegt in beiden an derselben Adresse %1, enthält aber im Kind %2 und im Elternprozess %3: Jeder Prozess hat seine eigene Kopie des Speichers.</translation>
    </message>
    <message>
        <source>The parent waited for the child (waitpid): exit code %1, no zombie left.</source>
        <translation>Der Elternprozess hat auf das Kind gewartet (waitpid): Exit-Code %1, kein Zombie übrig.</translation>
    </message>
    <message>
        <source>The parent could not reap the child.</source>
        <translation>Der Elternprozess konnte das Kind nicht abholen.</translation>
    </message>
    <message>
        <source>&amp;Fork a child process</source>
        <translation>Kindprozess mit fork() &amp;erzeugen</translation>
    </message>
    <message>
        <source>Runs &lt;i&gt;concurrency-lab-worker fork-demo&lt;/i&gt;: the worker calls fork(), the child adds 1 to a variable and reports through a pipe; the parent reports both.</source>
        <translation>Führt &lt;i&gt;concurrency-lab-worker fork-demo&lt;/i&gt; aus: Der Worker ruft fork() auf, das Kind addiert 1 zu einer Variablen und berichtet über eine Pipe; der Elternprozess berichtet beides.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <source>Parent pid</source>
        <translation>Eltern-pid</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Its address</source>
        <translation>Adresse der Variablen</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::HandlingThreadsPanel</name>
    <message>
        <source>The graceful-stop thread started by hand still runs: stop it first.</source>
        <translation>Der von Hand gestartete Thread für das sanfte Stoppen läuft noch: ihn zuerst stoppen.</translation>
    </message>
    <message>
        <source>The naming demo is still running.</source>
        <translation>Die Namens-Demo läuft noch.</translation>
    </message>
    <message>
        <source>Naming, stopping a thread, ending three processes</source>
        <translation>Benennen, einen Thread stoppen, drei Prozesse beenden</translation>
    </message>
    <message>
        <source>The graceful-stop thread could not be started.</source>
        <translation>Der Thread für das sanfte Stoppen konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Starting “%1”...</source>
        <translation>„%1“ wird gestartet...</translation>
    </message>
    <message>
        <source>“%1” (thread id %2) computes in 1 ms steps; in %3 ms it is asked to stop.</source>
        <translation>„%1“ (Thread-ID %2) rechnet in Schritten von 1 ms; in %3 ms wird er gebeten zu stoppen.</translation>
    </message>
    <message>
        <source>“%1” (thread id %2) computes in 1 ms steps until you ask it to stop.</source>
        <translation>„%1“ (Thread-ID %2) rechnet in Schritten von 1 ms, bis er gebeten wird zu stoppen.</translation>
    </message>
    <message>
        <source>“%1” (thread id %2) did %3 steps. After requestInterruption() it finished its step, ran its clean-up and returned from run() %4 ms later. Cleaned up: %5.</source>
        <translation>„%1“ (Thread-ID %2) hat %3 Schritte ausgeführt. Nach requestInterruption() hat er seinen Schritt beendet, aufgeräumt und ist %4 ms später aus run() zurückgekehrt. Aufgeräumt: %5.</translation>
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
        <source>“%1” (thread id %2) ended on its own after %3 steps. Cleaned up: %4.</source>
        <translation>„%1“ (Thread-ID %2) hat nach %3 Schritten von selbst geendet. Aufgeräumt: %4.</translation>
    </message>
    <message>
        <source>Done: a thread named and renamed, a thread stopped gracefully, three processes ended.</source>
        <translation>Fertig: ein Thread benannt und umbenannt, ein Thread sanft gestoppt, drei Prozesse beendet.</translation>
    </message>
    <message>
        <source>Thread id %1. Before start the name reaches the OS, cut to 15 bytes (“%2”). Renaming the QThread later changes objectName() only: /proc still says “%3”. Only the thread itself can rename its OS thread: “%4”.</source>
        <translation>Thread-ID %1. Vor dem Start erreicht der Name das Betriebssystem, gekürzt auf 15 Bytes („%2“). Ein späteres Umbenennen des QThread ändert nur objectName(): /proc sagt weiterhin „%3“. Nur der Thread selbst kann seinen OS-Thread umbenennen: „%4“.</translation>
    </message>
    <message>
        <source>Current thread (the one running this panel): thread id %1, %2. The main thread&apos;s id equals the process id, %3. Python: threading.current_thread(), threading.main_thread(); the monitor&apos;s thread table is this process&apos;s threading.enumerate().</source>
        <translation>Aktueller Thread (der, der dieses Panel ausführt): Thread-ID %1, %2. Die ID des Haupt-Threads ist gleich der Prozess-ID, %3. Python: threading.current_thread(), threading.main_thread(); die Thread-Tabelle des Monitors ist threading.enumerate() dieses Prozesses.</translation>
    </message>
    <message>
        <source>the main (GUI) thread</source>
        <translation>der Haupt-Thread (GUI)</translation>
    </message>
    <message>
        <source>not the main thread</source>
        <translation>nicht der Haupt-Thread</translation>
    </message>
    <message>
        <source>Run names a thread before start and renames it after, stops a computing thread with requestInterruption(), and ends three worker processes: politely, with SIGTERM, with SIGKILL. The buttons below do the stops by hand.</source>
        <translation>„Ausführen“ benennt einen Thread vor dem Start und benennt ihn danach um, stoppt einen rechnenden Thread mit requestInterruption() und beendet drei Worker-Prozesse: höflich, mit SIGTERM, mit SIGKILL. Die Schaltflächen unten stoppen von Hand.</translation>
    </message>
    <message>
        <source>Ask to stop after</source>
        <translation>Stoppen anfordern nach</translation>
    </message>
    <message>
        <source>Process: work before a polite exit</source>
        <translation>Prozess: Arbeit vor einem höflichen Ende</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>One thread, named “%1” before start and “%2” after; each row shows Qt&apos;s name beside the name the kernel keeps (/proc/self/task/&lt;tid&gt;/comm).</source>
        <translation>Ein Thread, vor dem Start „%1“ und danach „%2“ genannt; jede Zeile zeigt den Namen in Qt neben dem Namen, den der Kernel führt (/proc/self/task/&lt;tid&gt;/comm).</translation>
    </message>
    <message>
        <source>A thread, stopped gracefully (requestInterruption(), checked between steps)</source>
        <translation>Ein Thread, sanft gestoppt (requestInterruption(), zwischen den Schritten geprüft)</translation>
    </message>
    <message>
        <source>Start a thread</source>
        <translation>Einen Thread starten</translation>
    </message>
    <message>
        <source>Ask it to stop</source>
        <translation>Stoppen anfordern</translation>
    </message>
    <message>
        <source>A process, ended three ways</source>
        <translation>Ein Prozess, auf drei Arten beendet</translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation>Noch nicht gestartet.</translation>
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
        <source>Chart:</source>
        <translation>Diagramm:</translation>
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
    <message numerus="yes">
        <source>%n saved run(s) in %1</source>
        <translation>
            <numerusform>%n gespeicherter Lauf in %1</numerusform>
            <numerusform>%n gespeicherte Läufe in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved run(s); %1 files skipped because they are not results of this lab (see the log)</source>
        <translation>
            <numerusform>%n gespeicherter Lauf; %1 Dateien übersprungen, weil sie keine Ergebnisse dieses Labors sind (siehe Protokoll)</numerusform>
            <numerusform>%n gespeicherte Läufe; %1 Dateien übersprungen, weil sie keine Ergebnisse dieses Labors sind (siehe Protokoll)</numerusform>
        </translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Select two runs to plot them in one chart, with the ratio of their times</source>
        <translation>Zwei Läufe auswählen, um sie in einem Diagramm zu zeigen, mit dem Verhältnis ihrer Zeiten</translation>
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
        <source>A: mean ± σ</source>
        <translation>A: Mittel ± σ</translation>
    </message>
    <message>
        <source>B: mean ± σ</source>
        <translation>B: Mittel ± σ</translation>
    </message>
    <message>
        <source>B / A (above 1: B slower)</source>
        <translation>B / A (über 1: B langsamer)</translation>
    </message>
    <message>
        <source>not in A</source>
        <translation>nicht in A</translation>
    </message>
    <message>
        <source>not in B</source>
        <translation>nicht in B</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Abspielen</translation>
    </message>
    <message numerus="yes">
        <source>Replay the selected run&apos;s recording in the thread monitor (kept for the newest %n runs)</source>
        <translation>
            <numerusform>Die Aufzeichnung des gewählten Laufs im Thread-Monitor abspielen (aufbewahrt für den neuesten Lauf)</numerusform>
            <numerusform>Die Aufzeichnung des gewählten Laufs im Thread-Monitor abspielen (aufbewahrt für die neuesten %n Läufe)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::Gui::LockDemoWidget</name>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lesson:&lt;/b&gt; use an RLock (QRecursiveMutex) when a function that holds the lock calls another that takes it, or restructure so the inner function expects the lock held.</source>
        <translation>&lt;b&gt;Lehre:&lt;/b&gt; Nimm ein RLock (QRecursiveMutex), wenn eine Funktion, die die Sperre hält, eine andere aufruft, die sie ebenfalls nimmt – oder baue um, sodass die innere Funktion die Sperre als gehalten voraussetzt.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>deposit() takes the account&apos;s lock and calls show_balance(), which takes the same lock again. Run it with a plain lock, then with an RLock, and watch the owner and the hold count.</source>
        <translation>deposit() nimmt die Sperre des Kontos und ruft show_balance() auf, das dieselbe Sperre noch einmal nimmt. Starte es mit einer einfachen Sperre, dann mit einem RLock, und beobachte Besitzer und Haltezähler.</translation>
    </message>
    <message>
        <source>Plain lock, taken twice</source>
        <translation>Einfache Sperre, zweimal genommen</translation>
    </message>
    <message>
        <source>RLock: deposit calls show_balance</source>
        <translation>RLock: deposit ruft show_balance auf</translation>
    </message>
    <message>
        <source>Owner of &quot;account&quot;</source>
        <translation>Besitzer von „account“</translation>
    </message>
    <message>
        <source>Hold count</source>
        <translation>Haltezähler</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>wartend: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>account-holder: %1</source>
        <translation>account-holder: %1</translation>
    </message>
    <message>
        <source>replay at %1 s</source>
        <translation>Wiedergabe bei %1 s</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::LockGraphWidget</name>
    <message>
        <source>Press Run: two threads, two locks (A and B).</source>
        <translation>„Ausführen“ drücken: zwei Threads, zwei Sperren (A und B).</translation>
    </message>
    <message>
        <source>Wait-for graph, live</source>
        <translation>Wartegraph, live</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>hält</translation>
    </message>
    <message>
        <source>waits for</source>
        <translation>wartet auf</translation>
    </message>
    <message>
        <source>Lock-order graph</source>
        <translation>Graph der Sperrreihenfolge</translation>
    </message>
    <message>
        <source>A cycle: a potential deadlock</source>
        <translation>Ein Zyklus: ein möglicher Deadlock</translation>
    </message>
    <message>
        <source>No lock taken while holding one yet</source>
        <translation>Noch keine Sperre bei gehaltener Sperre genommen</translation>
    </message>
    <message>
        <source>One order: no cycle can form</source>
        <translation>Eine Reihenfolge: kein Zyklus möglich</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::LocksPanel</name>
    <message>
        <source>Run %1 of %2: %3</source>
        <translation>Lauf %1 von %2: %3</translation>
    </message>
    <message>
        <source>Done: %1 measured.</source>
        <translation>Fertig: %1 gemessen.</translation>
    </message>
    <message>
        <source>Threads (&lt;i&gt;race-none-1&lt;/i&gt;, ... in the monitor) each add 1 to one shared counter, once without protection and once per kind of synchronization. Without it, updates are lost; each protection costs time.</source>
        <translation>Threads (&lt;i&gt;race-none-1&lt;/i&gt;, … im Monitor) addieren je 1 zu einem gemeinsamen Zähler, einmal ohne Schutz und einmal je Art der Synchronisation. Ohne sie gehen Updates verloren; jeder Schutz kostet Zeit.</translation>
    </message>
    <message>
        <source>Lost updates and time</source>
        <translation>Verlorene Updates und Zeit</translation>
    </message>
    <message>
        <source>Lock vs RLock</source>
        <translation>Lock vs RLock</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 updates lost per run on average (%4 %).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: im Mittel %2 von %3 Updates pro Lauf verloren (%4 %).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: every update counted (%2).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: jedes Update gezählt (%2).</translation>
    </message>
    <message>
        <source>%1× the time of no protection.</source>
        <translation>%1× die Zeit ohne Schutz.</translation>
    </message>
    <message>
        <source>A mutex makes the read, the add and the write one step that no other thread can enter; an atomic does it in one instruction, for one variable only. The recursive mutex is taken twice per increment, as an outer and an inner call would.</source>
        <translation>Ein Mutex macht Lesen, Addieren und Schreiben zu einem Schritt, in den kein anderer Thread hinein kann; ein Atomic erledigt es in einem Befehl, aber nur für eine Variable. Der rekursive Mutex wird pro Erhöhung zweimal gesperrt, wie es ein äußerer und ein innerer Aufruf täten.</translation>
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
        <source>Export &amp;Trace…</source>
        <translation>&amp;Trace exportieren…</translation>
    </message>
    <message>
        <source>Save the thread monitor&apos;s recording as a trace file for ui.perfetto.dev</source>
        <translation>Die Aufzeichnung des Thread-Monitors als Trace-Datei für ui.perfetto.dev speichern</translation>
    </message>
    <message>
        <source>Export Trace</source>
        <translation>Trace exportieren</translation>
    </message>
    <message>
        <source>Chrome trace (*.json)</source>
        <translation>Chrome-Trace (*.json)</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet. Run an experiment, then export its trace.</source>
        <translation>Es wurde noch nichts aufgezeichnet. Starte ein Experiment und exportiere dann seinen Trace.</translation>
    </message>
    <message>
        <source>Writing the trace to %1…</source>
        <translation>Trace wird nach %1 geschrieben…</translation>
    </message>
    <message>
        <source>The trace could not be written.
%1</source>
        <translation>Der Trace konnte nicht geschrieben werden.
%1</translation>
    </message>
    <message>
        <source>Trace written to %1: open it in ui.perfetto.dev or chrome://tracing.</source>
        <translation>Trace nach %1 geschrieben: in ui.perfetto.dev oder chrome://tracing öffnen.</translation>
    </message>
    <message>
        <source>&amp;Open Recording…</source>
        <translation>Aufzeichnung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Replay a recorded run in the thread monitor</source>
        <translation>Einen aufgezeichneten Lauf im Thread-Monitor abspielen</translation>
    </message>
    <message>
        <source>Open Recording</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>Lab recordings (*.json *.json.gz);;All files (*)</source>
        <translation>Lab-Aufzeichnungen (*.json *.json.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the recording &quot;%1&quot;: %2</source>
        <translation>Die Aufzeichnung „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Reading the recording %1</source>
        <translation>Die Aufzeichnung %1 wird gelesen</translation>
    </message>
    <message>
        <source>Reading the recording %1…</source>
        <translation>Die Aufzeichnung %1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::MemoryCharts</name>
    <message>
        <source>L%1d</source>
        <translation>L%1d</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n logical CPUs</source>
        <translation>
            <numerusform>%1 · %n logische CPU</numerusform>
            <numerusform>%1 · %n logische CPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory latency (pointer chasing)</source>
        <translation>Speicherlatenz (Pointer Chasing)</translation>
    </message>
    <message>
        <source>Working set (KiB, log)</source>
        <translation>Arbeitsmenge (KiB, log.)</translation>
    </message>
    <message>
        <source>measured: ns per load</source>
        <translation>gemessen: ns pro Ladezugriff</translation>
    </message>
    <message>
        <source>ns / load</source>
        <translation>ns / Ladezugriff</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Pointer chasing: %L1 dependent loads per working set, one node per 64-byte line in one random cycle; dashed lines: this machine&apos;s cache sizes from /sys.</source>
        <translation>Pointer Chasing: %L1 abhängige Ladezugriffe pro Arbeitsmenge, ein Knoten pro 64-Byte-Zeile in einem zufälligen Zyklus; gestrichelte Linien: die Cache-Größen dieser Maschine aus /sys.</translation>
    </message>
    <message>
        <source>Read bandwidth, 1..N threads</source>
        <translation>Lesebandbreite, 1..N Threads</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>measured: all threads together</source>
        <translation>gemessen: alle Threads zusammen</translation>
    </message>
    <message>
        <source>if it grew with the threads</source>
        <translation>wenn sie mit den Threads wüchse</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message numerus="yes">
        <source>%n logical CPUs</source>
        <translation>
            <numerusform>%n logische CPU</numerusform>
            <numerusform>%n logische CPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Each thread sums its own array (first touched by itself); total bytes over the wall time from a common start.</source>
        <translation>Jeder Thread summiert sein eigenes Array (zuerst von ihm selbst berührt); Gesamtbytes geteilt durch die Echtzeit ab einem gemeinsamen Start.</translation>
    </message>
    <message>
        <source>latency %1–%2 ns</source>
        <translation>Latenz %1–%2 ns</translation>
    </message>
    <message numerus="yes">
        <source>bandwidth %1 GB/s with %n thread(s)</source>
        <translation>
            <numerusform>Bandbreite %1 GB/s mit %n Thread</numerusform>
            <numerusform>Bandbreite %1 GB/s mit %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>false sharing: adjacent counters took %1× the padded time</source>
        <translation>False Sharing: benachbarte Zähler brauchten %1× so lange wie mit Padding</translation>
    </message>
    <message>
        <source>Each load needs the address the previous load returned, so no two loads overlap: the curve shows the raw time to reach the data. Run it to see where it steps up.</source>
        <translation>Jeder Ladezugriff braucht die Adresse, die der vorige geliefert hat, daher überlappen sich keine zwei Ladezugriffe: Die Kurve zeigt die reine Zeit, um die Daten zu erreichen. Ausführen, um zu sehen, wo sie ansteigt.</translation>
    </message>
    <message>
        <source>Each load needs the address the previous load returned, so no two loads overlap: this is the raw time to reach the data. The curve steps up where the working set stops fitting in a cache level; the dashed lines are this machine&apos;s cache sizes from /sys.</source>
        <translation>Jeder Ladezugriff braucht die Adresse, die der vorige geliefert hat, daher überlappen sich keine zwei Ladezugriffe: Das ist die reine Zeit, um die Daten zu erreichen. Die Kurve steigt dort stufenweise an, wo die Arbeitsmenge nicht mehr in eine Cache-Stufe passt; die gestrichelten Linien sind die Cache-Größen dieser Maschine aus /sys.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (%2)&lt;/b&gt;: about %3 ns per load.</source>
        <translation>&lt;b&gt;%1 (%2)&lt;/b&gt;: etwa %3 ns pro Ladezugriff.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Main memory&lt;/b&gt; (working sets from %1): about %2 ns per load, %3× the first level.</source>
        <translation>&lt;b&gt;Hauptspeicher&lt;/b&gt; (Arbeitsmengen ab %1): etwa %2 ns pro Ladezugriff, %3× die erste Stufe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Main memory&lt;/b&gt;: about %1 ns per load.</source>
        <translation>&lt;b&gt;Hauptspeicher&lt;/b&gt;: etwa %1 ns pro Ladezugriff.</translation>
    </message>
    <message>
        <source>Each point is the best of several runs for working sets up to the last-level cache, so time lost to other programs does not count.</source>
        <translation>Jeder Punkt ist der beste aus mehreren Läufen für Arbeitsmengen bis zum Last-Level-Cache, damit an andere Programme verlorene Zeit nicht mitzählt.</translation>
    </message>
    <message>
        <source>The steps start a little before each line: a cache also holds other data, and beyond a few hundred KiB the address translations (TLB) miss too.</source>
        <translation>Die Stufen beginnen etwas vor jeder Linie: Ein Cache enthält auch andere Daten, und jenseits einiger hundert KiB treffen auch die Adressübersetzungen (TLB) nicht mehr.</translation>
    </message>
    <message>
        <source>Every thread sums its own large array as fast as it can. If memory kept up, N threads would read N times as much per second.</source>
        <translation>Jeder Thread summiert so schnell er kann sein eigenes großes Array. Hielte der Speicher mit, würden N Threads N-mal so viel pro Sekunde lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s) read %1 GB/s. Adding threads did not add bandwidth here: the memory system is already saturated, or the threads had to take turns on the CPUs.</source>
        <translation>
            <numerusform>%n Thread las %1 GB/s. Zusätzliche Threads brachten hier keine zusätzliche Bandbreite: Das Speichersystem ist bereits gesättigt, oder die Threads mussten sich auf den CPUs abwechseln.</numerusform>
            <numerusform>%n Threads lasen %1 GB/s. Zusätzliche Threads brachten hier keine zusätzliche Bandbreite: Das Speichersystem ist bereits gesättigt, oder die Threads mussten sich auf den CPUs abwechseln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s): %1 GB/s.</source>
        <translation>
            <numerusform>%n Thread: %1 GB/s.</numerusform>
            <numerusform>%n Threads: %1 GB/s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threads together: %1 GB/s, %2× as much (perfect scaling: %3×).</source>
        <translation>
            <numerusform>%n Thread: %1 GB/s, %2× so viel (perfekte Skalierung: %3×).</numerusform>
            <numerusform>%n Threads zusammen: %1 GB/s, %2× so viel (perfekte Skalierung: %3×).</numerusform>
        </translation>
    </message>
    <message>
        <source>All cores reach memory through the same controllers (UMA): each extra thread adds less, and once the bus is saturated, nothing. On a NUMA machine every node brings its own memory controllers, so the total grows with the nodes as long as each thread reads local memory.</source>
        <translation>Alle Kerne erreichen den Speicher über dieselben Controller (UMA): Jeder weitere Thread bringt weniger, und sobald der Bus gesättigt ist, nichts mehr. Auf einer NUMA-Maschine bringt jeder Knoten eigene Speicher-Controller mit, daher wächst die Summe mit den Knoten, solange jeder Thread lokalen Speicher liest.</translation>
    </message>
    <message>
        <source>The bus has not saturated with this few threads: each core alone asks for less than the memory controllers deliver. With many more cores than this machine has, the line bends over.</source>
        <translation>Der Bus ist mit so wenigen Threads nicht gesättigt: Jeder Kern allein fordert weniger an, als die Speicher-Controller liefern. Mit viel mehr Kernen, als diese Maschine hat, knickt die Linie ab.</translation>
    </message>
    <message numerus="yes">
        <source>Beyond %n logical CPUs the threads take turns on the CPUs, so more threads cannot ask for more bandwidth.</source>
        <translation>
            <numerusform>Jenseits von %n logischen CPU wechseln sich die Threads auf den CPUs ab, daher können mehr Threads nicht mehr Bandbreite anfordern.</numerusform>
            <numerusform>Jenseits von %n logischen CPUs wechseln sich die Threads auf den CPUs ab, daher können mehr Threads nicht mehr Bandbreite anfordern.</numerusform>
        </translation>
    </message>
    <message>
        <source>This machine does not say its cache sizes. Smallest working set (%1): about %2 ns per load; largest (%3): about %4 ns per load, %5× as long.</source>
        <translation>Diese Maschine nennt ihre Cache-Größen nicht. Kleinste Arbeitsmenge (%1): etwa %2 ns pro Ladezugriff; größte (%3): etwa %4 ns pro Ladezugriff, %5× so lange.</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::MemoryMachinePage</name>
    <message>
        <source>For comparison, a MODEL (not this machine): a two-node NUMA machine</source>
        <translation>Zum Vergleich ein MODELL (nicht diese Maschine): eine NUMA-Maschine mit zwei Knoten</translation>
    </message>
    <message>
        <source>Reading this machine&apos;s topology from /sys...</source>
        <translation>Topologie dieser Maschine wird aus /sys gelesen...</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Diese Maschine</translation>
    </message>
    <message>
        <source>This machine is UMA: one memory node, so every core reaches all %1 of memory at the same cost, over the same bus.</source>
        <translation>Diese Maschine ist UMA: ein Speicherknoten, daher erreicht jeder Kern alle %1 Speicher zu denselben Kosten, über denselben Bus.</translation>
    </message>
    <message numerus="yes">
        <source>This machine is NUMA: %n nodes, each with its own memory. A core reaches its own node&apos;s memory faster than another node&apos;s (through the interconnect).</source>
        <translation>
            <numerusform>Diese Maschine ist NUMA: %n Knoten mit eigenem Speicher. Ein Kern erreicht den Speicher seines eigenen Knotens schneller als den eines anderen Knotens (über den Interconnect).</numerusform>
            <numerusform>Diese Maschine ist NUMA: %n Knoten, jeder mit eigenem Speicher. Ein Kern erreicht den Speicher seines eigenen Knotens schneller als den eines anderen Knotens (über den Interconnect).</numerusform>
        </translation>
    </message>
    <message>
        <source>This machine, as the kernel reports it (/sys): %1</source>
        <translation>Diese Maschine, wie der Kernel sie meldet (/sys): %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2, one per CPU</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2, einer pro CPU</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2, one shared by all %3 of its CPUs</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2, einer, den sich alle %3 seiner CPUs teilen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 ×%n, each shared by %3 CPUs</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 ×%n, von %3 CPUs geteilt</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 ×%n, jeder von %3 CPUs geteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>Caches: %1.</source>
        <translation>Caches: %1.</translation>
    </message>
    <message>
        <source>The kernel lists no NUMA nodes; one node covering every CPU is assumed.</source>
        <translation>Der Kernel führt keine NUMA-Knoten auf; es wird ein Knoten angenommen, der alle CPUs umfasst.</translation>
    </message>
    <message>
        <source>&lt;b&gt;UMA&lt;/b&gt;: one memory, the same cost from every core; simple, but the shared bus limits how many cores it can feed. &lt;b&gt;NUMA&lt;/b&gt;: each node has its own memory; local access is faster than remote, so where the data lives matters.</source>
        <translation>&lt;b&gt;UMA&lt;/b&gt;: ein Speicher, von jedem Kern aus dieselben Kosten; einfach, aber der gemeinsame Bus begrenzt, wie viele Kerne er versorgen kann. &lt;b&gt;NUMA&lt;/b&gt;: Jeder Knoten hat seinen eigenen Speicher; lokaler Zugriff ist schneller als entfernter, daher ist wichtig, wo die Daten liegen.</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::MemoryPanel</name>
    <message>
        <source>Latency: %1 working set, %2 ns per load</source>
        <translation>Latenz: Arbeitsmenge %1, %2 ns pro Ladezugriff</translation>
    </message>
    <message numerus="yes">
        <source>Bandwidth: %n thread(s), %1 GB/s</source>
        <translation>
            <numerusform>Bandbreite: %n Thread, %1 GB/s</numerusform>
            <numerusform>Bandbreite: %n Threads, %1 GB/s</numerusform>
        </translation>
    </message>
    <message>
        <source>False sharing: padded counters measured</source>
        <translation>False Sharing: Zähler mit Padding gemessen</translation>
    </message>
    <message>
        <source>False sharing: adjacent counters measured</source>
        <translation>False Sharing: benachbarte Zähler gemessen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Waiting for the cancelled run to stop...</source>
        <translation>Warten, bis der abgebrochene Lauf anhält...</translation>
    </message>
    <message>
        <source>Reading the topology from /sys...</source>
        <translation>Topologie wird aus /sys gelesen...</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>Nichts auszuführen.</translation>
    </message>
    <message>
        <source>Could not start: an experiment is still running.</source>
        <translation>Start nicht möglich: Ein Experiment läuft noch.</translation>
    </message>
    <message>
        <source>Cancelled; the charts keep the points measured so far.</source>
        <translation>Abgebrochen; die Diagramme behalten die bisher gemessenen Punkte.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message>
        <source>Where does the data live, and what does it cost to reach it? Left: this machine&apos;s CPUs, caches and memory as the kernel reports them. The experiments time real loads: pointer chasing through growing working sets, read bandwidth with more and more threads, and two threads writing counters that share a cache line.</source>
        <translation>Wo liegen die Daten, und was kostet es, sie zu erreichen? Links: die CPUs, Caches und der Speicher dieser Maschine, wie der Kernel sie meldet. Die Experimente messen echte Ladezugriffe: Pointer Chasing durch wachsende Arbeitsmengen, Lesebandbreite mit immer mehr Threads und zwei Threads, die Zähler in einer gemeinsamen Cache-Zeile schreiben.</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Largest working set (0 = 4 × last-level cache)</source>
        <translation>Größte Arbeitsmenge (0 = 4 × Last-Level-Cache)</translation>
    </message>
    <message>
        <source>Working sets per doubling</source>
        <translation>Arbeitsmengen pro Verdopplung</translation>
    </message>
    <message>
        <source>Loads timed per working set</source>
        <translation>Gemessene Ladezugriffe pro Arbeitsmenge</translation>
    </message>
    <message>
        <source>Bandwidth threads (e.g. 1,2,4)</source>
        <translation>Bandbreiten-Threads (z. B. 1,2,4)</translation>
    </message>
    <message>
        <source>Array per thread</source>
        <translation>Array pro Thread</translation>
    </message>
    <message>
        <source>Passes over each array</source>
        <translation>Durchläufe über jedes Array</translation>
    </message>
    <message>
        <source>False-sharing threads</source>
        <translation>False-Sharing-Threads</translation>
    </message>
    <message>
        <source>Increments per thread</source>
        <translation>Inkremente pro Thread</translation>
    </message>
    <message>
        <source>latency, bandwidth, false-sharing, or all three in turn</source>
        <translation>latency, bandwidth, false-sharing oder alle drei nacheinander</translation>
    </message>
    <message>
        <source>Full: latency up to 4 × the last-level cache</source>
        <translation>Vollständig: Latenz bis 4 × Last-Level-Cache</translation>
    </message>
    <message>
        <source>Quick: a few seconds in all</source>
        <translation>Schnell: insgesamt wenige Sekunden</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Diese Maschine</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>False sharing</source>
        <translation>False Sharing</translation>
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
        <source>Pacing:</source>
        <translation>Taktung:</translation>
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
    <message>
        <source>This run</source>
        <translation>Dieser Lauf</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Alle Läufe</translation>
    </message>
    <message>
        <source>%1 waits on &quot;%2&quot; held by %3</source>
        <translation>%1 wartet auf „%2“, gehalten von %3</translation>
    </message>
    <message>
        <source>Deadlock: %1.</source>
        <translation>Deadlock: %1.</translation>
    </message>
    <message>
        <source>Deadlock, ended by the lab: %1.</source>
        <translation>Deadlock, vom Labor beendet: %1.</translation>
    </message>
    <message>
        <source>Pause, then run to the next visible event (a state change, a read or a write) and hold</source>
        <translation>Anhalten, dann bis zum nächsten sichtbaren Ereignis laufen (ein Zustandswechsel, ein Lesen oder Schreiben) und halten</translation>
    </message>
    <message>
        <source>This run: the threads of the current (or last) run, also those that ended in it. All runs: the ended threads of earlier runs too.</source>
        <translation>Dieser Lauf: die Threads des aktuellen (oder letzten) Laufs, auch die, die darin geendet haben. Alle Läufe: auch die beendeten Threads früherer Läufe.</translation>
    </message>
    <message>
        <source>%1 (kernel: %2). Click or press Enter to hide or show the threads in this state, in the table and on the timeline.</source>
        <translation>%1 (Kernel: %2). Klicken oder Enter drücken, um die Threads in diesem Zustand in der Tabelle und in der Zeitleiste aus- oder einzublenden.</translation>
    </message>
    <message>
        <source>Deadlock at the replay&apos;s cursor: %1.</source>
        <translation>Deadlock an der Position der Wiedergabe: %1.</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ParallelismPanel</name>
    <message>
        <source>Run %1 of %2: %3</source>
        <translation>Lauf %1 von %2: %3</translation>
    </message>
    <message>
        <source>Speedup by threads</source>
        <translation>Beschleunigung nach Threads</translation>
    </message>
    <message>
        <source>free (any core)</source>
        <translation>frei (beliebiger Kern)</translation>
    </message>
    <message>
        <source>pinned to CPU %1</source>
        <translation>an CPU %1 gebunden</translation>
    </message>
    <message>
        <source>free, simulated GIL</source>
        <translation>frei, simulierter GIL</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free:&lt;/b&gt; best %1× (%2 threads); the ceiling is the %3 cores: threads run at the same instant on different cores, threads beyond the cores only take turns.</source>
        <translation>&lt;b&gt;Frei:&lt;/b&gt; bestenfalls %1× (%2 Threads); die Obergrenze sind die %3 Kerne: Threads laufen im selben Moment auf verschiedenen Kernen, Threads über die Zahl der Kerne hinaus wechseln sich nur ab.</translation>
    </message>
    <message>
        <source>This machine was busy with other work: the %1 threads got only %2 of a core on average (CPU %3 % of the wall time), so the speedup could not reach %4×.</source>
        <translation>Diese Maschine war mit anderer Arbeit beschäftigt: Die %1 Threads bekamen im Schnitt nur %2 eines Kerns (CPU %3 % der Echtzeit), daher konnte die Beschleunigung %4× nicht erreichen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pinned to CPU %1:&lt;/b&gt; at most %2×: concurrent, never parallel.</source>
        <translation>&lt;b&gt;An CPU %1 gebunden:&lt;/b&gt; höchstens %2×: nebenläufig, nie parallel.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulated GIL:&lt;/b&gt; at most %1× on free cores: never more than %2 thread inside the work (counted; without the GIL: %3), the others wait &lt;i&gt;Blocked&lt;/i&gt; in the monitor. That is Python&apos;s flat line for CPU-bound threads; Python uses processes instead.</source>
        <translation>&lt;b&gt;Simulierter GIL:&lt;/b&gt; höchstens %1× auf freien Kernen: nie mehr als %2 Thread in der Arbeit (gezählt; ohne GIL: %3), die anderen warten im Monitor &lt;i&gt;Blockiert&lt;/i&gt;. Das ist Pythons flache Linie für CPU-gebundene Threads; Python verwendet stattdessen Prozesse.</translation>
    </message>
    <message>
        <source>free %1× (%2 threads)</source>
        <translation>frei %1× (%2 Threads)</translation>
    </message>
    <message>
        <source>pinned %1× (%2 threads)</source>
        <translation>gebunden %1× (%2 Threads)</translation>
    </message>
    <message>
        <source>simulated GIL %1× (%2 threads)</source>
        <translation>simulierter GIL %1× (%2 Threads)</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n cases measured.</source>
        <translation>
            <numerusform>Fertig: %n Fall gemessen.</numerusform>
            <numerusform>Fertig: %n Fälle gemessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. Best speedups: %1.</source>
        <extracomment>%1: &quot;free 1.9× (2 threads), pinned 1.0× (...), ...&quot;</extracomment>
        <translation>Fertig. Beste Beschleunigungen: %1.</translation>
    </message>
    <message>
        <source>A CPU-bound job (a hash chain, no waiting) split over 1 to N threads: free to use every core, pinned to one core, and behind a simulated GIL (one global lock around each unit of work, as CPython holds its interpreter lock). Watch the monitor: &lt;i&gt;par-free-1&lt;/i&gt;, ... run on different cores; &lt;i&gt;par-gil-1&lt;/i&gt;, ... wait &lt;i&gt;Blocked&lt;/i&gt; for the lock.</source>
        <translation>Eine CPU-gebundene Aufgabe (eine Hash-Kette, kein Warten), aufgeteilt auf 1 bis N Threads: frei, jeden Kern zu nutzen, an einen Kern gebunden und hinter einem simulierten GIL (eine globale Sperre um jede Arbeitseinheit, so wie CPython seine Interpreter-Sperre hält). Den Monitor beobachten: &lt;i&gt;par-free-1&lt;/i&gt;, ... laufen auf verschiedenen Kernen; &lt;i&gt;par-gil-1&lt;/i&gt;, ... warten &lt;i&gt;Blockiert&lt;/i&gt; auf die Sperre.</translation>
    </message>
    <message>
        <source>Show the workload and repetition settings</source>
        <translation>Die Einstellungen für Arbeitsumfang und Wiederholungen anzeigen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ParameterForm</name>
    <message>
        <source>More settings</source>
        <translation>Weitere Einstellungen</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::PhilosophersPage</name>
    <message>
        <source>Philosophers</source>
        <translation>Philosophen</translation>
    </message>
    <message>
        <source>Remedy %1 of %2: &lt;b&gt;%3&lt;/b&gt;. %4</source>
        <translation>Abhilfe %1 von %2: &lt;b&gt;%3&lt;/b&gt;. %4</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>longest wait %1 ms</source>
        <translation>längste Wartezeit %1 ms</translation>
    </message>
    <message>
        <source>%1 (%2 of %3), %4 s each</source>
        <translation>%1 (%2 von %3), je %4 s</translation>
    </message>
    <message>
        <source>Click a philosopher in the red cycle to break it</source>
        <translation>Einen Philosophen im roten Kreis anklicken, um ihn aufzulösen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlock&lt;/b&gt; with remedy %1. You choose the victim: click a philosopher in the red cycle. The lab cancels its wait (it kills nothing): it puts its fork down, and its neighbour can eat.</source>
        <translation>&lt;b&gt;Deadlock&lt;/b&gt; mit der Abhilfe %1. Du wählst das Opfer: Klicke einen Philosophen im roten Kreis an. Das Labor bricht sein Warten ab (es beendet nichts): Er legt seine Gabel ab, und sein Nachbar kann essen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlock&lt;/b&gt; with remedy %1, broken by your choice: the lab cancelled the wait of %2.</source>
        <translation>&lt;b&gt;Deadlock&lt;/b&gt; mit der Abhilfe %1, durch deine Wahl aufgelöst: Das Labor hat das Warten von %2 abgebrochen.</translation>
    </message>
    <message>
        <source>The four conditions of a deadlock (break one and none can form):&lt;br&gt;%1 &lt;b&gt;Mutual exclusion&lt;/b&gt;: a fork has one holder at a time (a mutex).&lt;br&gt;%2 &lt;b&gt;No preemption&lt;/b&gt;: nobody takes a fork away from its holder.&lt;br&gt;%3 &lt;b&gt;Hold and wait&lt;/b&gt;: a philosopher holds one fork and waits for the other.&lt;br&gt;%4 &lt;b&gt;Circular wait&lt;/b&gt;: the waits close a circle round the table.</source>
        <translation>Die vier Bedingungen eines Deadlocks (fällt eine weg, kann keiner entstehen):&lt;br&gt;%1 &lt;b&gt;Wechselseitiger Ausschluss&lt;/b&gt;: eine Gabel hat jeweils nur einen Halter (ein Mutex).&lt;br&gt;%2 &lt;b&gt;Keine Verdrängung&lt;/b&gt;: niemand nimmt dem Halter seine Gabel weg.&lt;br&gt;%3 &lt;b&gt;Halten und Warten&lt;/b&gt;: ein Philosoph hält eine Gabel und wartet auf die andere.&lt;br&gt;%4 &lt;b&gt;Zyklisches Warten&lt;/b&gt;: die Wartebeziehungen schließen einen Kreis um den Tisch.</translation>
    </message>
    <message>
        <source>Left fork, then right: when all take their left fork at once, each waits for a neighbour: a circle.</source>
        <translation>Linke Gabel, dann rechte: nehmen alle zugleich ihre linke Gabel, wartet jeder auf einen Nachbarn: ein Kreis.</translation>
    </message>
    <message>
        <source>The lower-numbered fork first: one global order, so the waits can never close a circle.</source>
        <translation>Die Gabel mit der kleineren Nummer zuerst: eine globale Reihenfolge, daher können die Wartebeziehungen nie einen Kreis schließen.</translation>
    </message>
    <message>
        <source>A semaphore lets at most N-1 sit down: one of them always gets both forks.</source>
        <translation>Ein Semaphor lässt höchstens N-1 Platz nehmen: einer von ihnen bekommt immer beide Gabeln.</translation>
    </message>
    <message>
        <source>No second fork? Put the first one down and wait a random time: no hold and wait.</source>
        <translation>Keine zweite Gabel? Die erste ablegen und eine zufällige Zeit warten: kein Halten und Warten.</translation>
    </message>
    <message>
        <source>The same with a fixed wait: the philosophers may retry in step and never eat (a livelock).</source>
        <translation>Dasselbe mit fester Wartezeit: die Philosophen versuchen es womöglich im Gleichtakt und essen nie (ein Livelock).</translation>
    </message>
    <message>
        <source>Chandy/Misra: a dirty fork (dotted) is handed over on request, even by a hungry philosopher, a clean one (outlined) is kept until eaten with: no preemption no longer holds, and nobody starves.</source>
        <translation>Chandy/Misra: Eine schmutzige Gabel (gepunktet) wird auf Anfrage abgegeben, selbst von einem hungrigen Philosophen, eine saubere (umrandet) wird behalten, bis mit ihr gegessen wurde: „Keine Verdrängung“ gilt nicht mehr, und niemand verhungert.</translation>
    </message>
    <message>
        <source>%1 waits on %2 held by %3</source>
        <translation>%1 wartet auf %2, gehalten von %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;deadlock&lt;/b&gt; after %1 ms: %2; ended by your choice: the lab cancelled the wait of %3</source>
        <translation>&lt;b&gt;Deadlock&lt;/b&gt; nach %1 ms: %2; durch deine Wahl beendet: Das Labor brach das Warten von %3 ab</translation>
    </message>
    <message>
        <source>nobody (cancelled)</source>
        <translation>niemand (abgebrochen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;deadlock&lt;/b&gt; after %1 ms: %2; ended by the lab, which cancelled one wait</source>
        <translation>&lt;b&gt;Deadlock&lt;/b&gt; nach %1 ms: %2; vom Labor beendet, das ein Warten abbrach</translation>
    </message>
    <message>
        <source>&lt;b&gt;livelock&lt;/b&gt;: everyone busy, no meal</source>
        <translation>&lt;b&gt;Livelock&lt;/b&gt;: alle beschäftigt, keine Mahlzeit</translation>
    </message>
    <message>
        <source>everyone ate</source>
        <translation>alle haben gegessen</translation>
    </message>
    <message>
        <source>someone never ate</source>
        <translation>jemand hat nie gegessen</translation>
    </message>
    <message>
        <source>; 1 lock-order cycle: a potential deadlock</source>
        <translation>; 1 Zyklus in der Sperrreihenfolge: ein möglicher Deadlock</translation>
    </message>
    <message>
        <source>; %1 lock-order cycles: potential deadlocks</source>
        <translation>; %1 Zyklen in der Sperrreihenfolge: mögliche Deadlocks</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: meals %2 to %3 per philosopher, longest wait %4 ms; %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 bis %3 Mahlzeiten pro Philosoph, längste Wartezeit %4 ms; %5.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlock&lt;/b&gt; with remedy %1: the circle of waits in red, ended by the lab. The next remedy starts in %2 s.</source>
        <translation>&lt;b&gt;Deadlock&lt;/b&gt; mit der Abhilfe %1: der Kreis der Wartebeziehungen in Rot, vom Labor beendet. Die nächste Abhilfe beginnt in %2 s.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Done: 1 remedy tried.</source>
        <translation>Fertig: 1 Abhilfe versucht.</translation>
    </message>
    <message>
        <source>Done: %1 remedies tried.</source>
        <translation>Fertig: %1 Abhilfen versucht.</translation>
    </message>
    <message>
        <source>thinking</source>
        <translation>denkt</translation>
    </message>
    <message>
        <source>hungry</source>
        <translation>hungrig</translation>
    </message>
    <message>
        <source>eating</source>
        <translation>isst</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gegangen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replay&lt;/b&gt; at %1 s: the table as recorded. A fork&apos;s holder is known while someone waits for it or its philosopher eats; meals are not recorded.</source>
        <translation>&lt;b&gt;Wiedergabe&lt;/b&gt; bei %1 s: der Tisch wie aufgezeichnet. Wer eine Gabel hält, ist bekannt, solange jemand auf sie wartet oder ihr Philosoph isst; Mahlzeiten werden nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlock&lt;/b&gt;: the waits close a circle (red).</source>
        <translation>&lt;b&gt;Deadlock&lt;/b&gt;: die Wartenden schließen einen Kreis (rot).</translation>
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
    <message>
        <source>Next Slide or Topic (clicker)</source>
        <translation>Nächste Folie oder nächstes Thema (Presenter)</translation>
    </message>
    <message>
        <source>Previous Slide or Topic (clicker)</source>
        <translation>Vorherige Folie oder voriges Thema (Presenter)</translation>
    </message>
    <message>
        <source>Next Chart</source>
        <translation>Nächstes Diagramm</translation>
    </message>
    <message>
        <source>next slide, then the experiment, then the next topic</source>
        <translation>nächste Folie, dann das Experiment, dann das nächste Thema</translation>
    </message>
    <message>
        <source>back: previous slide or topic</source>
        <translation>zurück: vorherige Folie oder voriges Thema</translation>
    </message>
    <message>
        <source>show and start the experiment; while it runs: pause / resume</source>
        <translation>Experiment zeigen und starten; während es läuft: pausieren / fortsetzen</translation>
    </message>
    <message>
        <source>the next chart of the results</source>
        <translation>das nächste Diagramm der Ergebnisse</translation>
    </message>
    <message>
        <source>step: run to the next visible event (a state change, a read or a write), then hold</source>
        <translation>Schritt: bis zum nächsten sichtbaren Ereignis laufen (ein Zustandswechsel, ein Lesen oder Schreiben), dann halten</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ProcessEndingModel</name>
    <message>
        <source>end of program (stdin closed)</source>
        <translation>Programmende (stdin geschlossen)</translation>
    </message>
    <message>
        <source>terminate(): SIGTERM</source>
        <translation>terminate(): SIGTERM</translation>
    </message>
    <message>
        <source>kill(): SIGKILL</source>
        <translation>kill(): SIGKILL</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>did not start: %1</source>
        <translation>nicht gestartet: %1</translation>
    </message>
    <message>
        <source>killed by signal %1 (%2)</source>
        <translation>durch Signal %1 beendet (%2)</translation>
    </message>
    <message>
        <source>exited normally, exit code %1</source>
        <translation>normal beendet, Exit-Code %1</translation>
    </message>
    <message>
        <source>yes: it joined its standard thread and wrote its last line</source>
        <translation>ja: Er hat auf seinen Standard-Thread gewartet (join) und seine letzte Zeile geschrieben</translation>
    </message>
    <message>
        <source>none: it had no chance to finish or clean up</source>
        <translation>keine: Er hatte keine Chance, fertig zu werden oder aufzuräumen</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Beendet durch</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet durch</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Wie er endete</translation>
    </message>
    <message>
        <source>Last words</source>
        <translation>Letzte Worte</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ProcessEndingWidget</name>
    <message>
        <source>A worker process (daemon-demo: a heartbeat thread and a working thread) ended three ways. Asked politely, it finishes its work and exits with code 0; SIGTERM (15) could be caught to clean up, this program does not; SIGKILL (9) cannot be caught at all.</source>
        <translation>Ein Worker-Prozess (daemon-demo: ein Herzschlag-Thread und ein arbeitender Thread), auf drei Arten beendet. Höflich gebeten, beendet er seine Arbeit und endet mit Code 0; SIGTERM (15) könnte abgefangen werden, um aufzuräumen, dieses Programm tut das nicht; SIGKILL (9) kann überhaupt nicht abgefangen werden.</translation>
    </message>
    <message>
        <source>Start a process</source>
        <translation>Einen Prozess starten</translation>
    </message>
    <message>
        <source>End it politely</source>
        <translation>Höflich beenden</translation>
    </message>
    <message>
        <source>Terminate (SIGTERM)</source>
        <translation>Terminieren (SIGTERM)</translation>
    </message>
    <message>
        <source>Kill (SIGKILL)</source>
        <translation>Abschießen (SIGKILL)</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ProcessInfoModel</name>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>SIG%1 (signal %2, glibc&apos;s own)</source>
        <translation>SIG%1 (Signal %2, glibc-intern)</translation>
    </message>
    <message>
        <source>SIG%1 (signal %2)</source>
        <translation>SIG%1 (Signal %2)</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Parent PID</source>
        <translation>Eltern-PID</translation>
    </message>
    <message>
        <source>Process group</source>
        <translation>Prozessgruppe</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Memory (RSS)</source>
        <translation>Speicher (RSS)</translation>
    </message>
    <message>
        <source>Env. variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Env. size</source>
        <translation>Umgebungsgröße</translation>
    </message>
    <message>
        <source>Open fds</source>
        <translation>Offene fds</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Pipes</source>
        <translation>Pipes</translation>
    </message>
    <message>
        <source>Other fds</source>
        <translation>Andere fds</translation>
    </message>
    <message>
        <source>Shared libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Signals caught</source>
        <translation>Signale abgefangen</translation>
    </message>
    <message>
        <source>Signals ignored</source>
        <translation>Signale ignoriert</translation>
    </message>
    <message>
        <source>Signals blocked</source>
        <translation>Signale blockiert</translation>
    </message>
    <message>
        <source>The kernel&apos;s state letter: R running or runnable, S sleeping, D in uninterruptible I/O, Z a zombie (ended, not yet reaped)</source>
        <translation>Der Zustandsbuchstabe des Kernels: R laufend oder lauffähig, S schlafend, D in nicht unterbrechbarer E/A, Z ein Zombie (beendet, noch nicht eingesammelt)</translation>
    </message>
    <message>
        <source>Processes of one job: a terminal&apos;s Ctrl+C signals the whole group</source>
        <translation>Prozesse eines Jobs: Strg+C in einem Terminal schickt das Signal an die ganze Gruppe</translation>
    </message>
    <message>
        <source>The login or terminal session the process belongs to (from /proc/&lt;pid&gt;/stat)</source>
        <translation>Die Login- oder Terminal-Sitzung, zu der der Prozess gehört (aus /proc/&lt;pid&gt;/stat)</translation>
    </message>
    <message>
        <source>Every open file descriptor (the targets of /proc/&lt;pid&gt;/fd; hover a cell for the list)</source>
        <translation>Jeder offene Dateideskriptor (die Ziele von /proc/&lt;pid&gt;/fd; für die Liste mit der Maus über eine Zelle fahren)</translation>
    </message>
    <message>
        <source>Descriptors of files and devices</source>
        <translation>Deskriptoren von Dateien und Geräten</translation>
    </message>
    <message>
        <source>Descriptors of sockets (network and local connections)</source>
        <translation>Deskriptoren von Sockets (Netzwerk- und lokale Verbindungen)</translation>
    </message>
    <message>
        <source>Descriptors of pipes (a worker&apos;s stdin, stdout and stderr are pipes to the lab)</source>
        <translation>Deskriptoren von Pipes (stdin, stdout und stderr eines Workers sind Pipes zum Lab)</translation>
    </message>
    <message>
        <source>Other descriptors: eventfd, epoll, inotify, timers</source>
        <translation>Andere Deskriptoren: eventfd, epoll, inotify, Timer</translation>
    </message>
    <message>
        <source>Distinct .so files mapped into the process (/proc/&lt;pid&gt;/maps)</source>
        <translation>Verschiedene .so-Dateien, die in den Prozess eingeblendet sind (/proc/&lt;pid&gt;/maps)</translation>
    </message>
    <message>
        <source>Signals the process handles itself (SigCgt in /proc/&lt;pid&gt;/status); a signal that is neither caught nor ignored takes its default action: SIGSEGV, for one, ends the process</source>
        <translation>Signale, die der Prozess selbst behandelt (SigCgt in /proc/&lt;pid&gt;/status); ein Signal, das weder abgefangen noch ignoriert wird, löst seine Standardaktion aus: SIGSEGV zum Beispiel beendet den Prozess</translation>
    </message>
    <message>
        <source>Signals the process ignores (SigIgn)</source>
        <translation>Signale, die der Prozess ignoriert (SigIgn)</translation>
    </message>
    <message>
        <source>Signals the main thread holds back for now (SigBlk): they wait until it unblocks them</source>
        <translation>Signale, die der Haupt-Thread vorerst zurückhält (SigBlk): Sie warten, bis er sie wieder freigibt</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ProcessesPanel</name>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Could not start the worker process.</source>
        <translation>Der Worker-Prozess konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>wird gestoppt</translation>
    </message>
    <message>
        <source>Stopped: %1 of %1 worker processes have ended; none is left.</source>
        <translation>Gestoppt: %1 von %1 Worker-Prozessen sind beendet; keiner ist übrig.</translation>
    </message>
    <message>
        <source>Done: the worker processes ran for %1 s and ended (%2 of %2); none is left.</source>
        <translation>Fertig: Die Worker-Prozesse liefen %1 s und sind beendet (%2 von %2); keiner ist übrig.</translation>
    </message>
    <message>
        <source>did not start</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>this lab</source>
        <translation>dieses Lab</translation>
    </message>
    <message>
        <source>the parent</source>
        <translation>der Elternprozess</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>%1 of %2 s</source>
        <translation>%1 von %2 s</translation>
    </message>
    <message>
        <source>Start K real worker processes and read their properties from &lt;code&gt;/proc&lt;/code&gt; while they run; each one is listed under its own entry in the thread monitor. The &lt;i&gt;Event loop&lt;/i&gt; tab shows what the GUI thread&apos;s event loop does.</source>
        <translation>K echte Worker-Prozesse starten und ihre Eigenschaften aus &lt;code&gt;/proc&lt;/code&gt; lesen, während sie laufen; jeder steht unter einem eigenen Eintrag im Thread-Monitor. Der Reiter &lt;i&gt;Ereignisschleife&lt;/i&gt; zeigt, was die Ereignisschleife des GUI-Threads tut.</translation>
    </message>
    <message>
        <source>Worker processes</source>
        <translation>Worker-Prozesse</translation>
    </message>
    <message>
        <source>They run for</source>
        <translation>Laufdauer</translation>
    </message>
    <message>
        <source>Read /proc every</source>
        <translation>/proc lesen alle</translation>
    </message>
    <message>
        <source>Each worker runs &lt;code&gt;concurrency-lab-worker daemon-demo&lt;/code&gt;: its own pid, its own memory and file descriptors, this lab (pid %1) as its parent, and the lab&apos;s process group. It has a main thread, a heartbeat daemon thread and, for its first %2 ms, a worker thread.</source>
        <translation>Jeder Worker führt &lt;code&gt;concurrency-lab-worker daemon-demo&lt;/code&gt; aus: eigene pid, eigener Speicher und eigene Dateideskriptoren, dieses Lab (pid %1) als Elternprozess und die Prozessgruppe des Labs. Er hat einen Haupt-Thread, einen Daemon-Thread als Herzschlag und in seinen ersten %2 ms einen Worker-Thread.</translation>
    </message>
    <message>
        <source>Stop the processes</source>
        <translation>Prozesse stoppen</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Event loop</source>
        <translation>Ereignisschleife</translation>
    </message>
    <message>
        <source>pinged</source>
        <translation>angepingt</translation>
    </message>
    <message>
        <source>Stopped: %1 of %1 worker processes have ended, %2 of them by a crash; none is left.</source>
        <translation>Gestoppt: %1 von %1 Worker-Prozessen sind beendet, %2 davon durch einen Absturz; keiner ist übrig.</translation>
    </message>
    <message>
        <source>Done: the worker processes ran for %1 s and ended (%2 of %2, %3 of them by a crash); none is left.</source>
        <translation>Fertig: Die Worker-Prozesse liefen %1 s und sind beendet (%2 von %2, %3 davon durch einen Absturz); keiner ist übrig.</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>geantwortet</translation>
    </message>
    <message>
        <source>crashing</source>
        <translation>stürzt ab</translation>
    </message>
    <message>
        <source>Worker %1 (pid %2) was asked to crash: one of its threads writes through a null pointer.</source>
        <translation>Worker %1 (pid %2) soll abstürzen: Einer seiner Threads schreibt über einen Nullzeiger.</translation>
    </message>
    <message>
        <source>killed by %1</source>
        <translation>durch %1 beendet</translation>
    </message>
    <message>
        <source>Worker %1 (pid %2) was killed by %3 (signal %4): one of its threads wrote through a null pointer, and the kernel ended the whole process; the monitor no longer lists it. The lab and the other workers go on: %5 of %6 answered since.</source>
        <translation>Worker %1 (pid %2) wurde durch %3 (Signal %4) beendet: Einer seiner Threads hat über einen Nullzeiger geschrieben, und der Kernel hat den ganzen Prozess beendet; der Monitor listet ihn nicht mehr. Das Lab und die anderen Worker laufen weiter: %5 von %6 haben seitdem geantwortet.</translation>
    </message>
    <message>
        <source>Worker %1 (pid %2) was killed by %3 (signal %4); the monitor no longer lists it. The lab and the other workers go on: %5 of %6 answered since.</source>
        <translation>Worker %1 (pid %2) wurde durch %3 (Signal %4) beendet; der Monitor listet ihn nicht mehr. Das Lab und die anderen Worker laufen weiter: %5 von %6 haben seitdem geantwortet.</translation>
    </message>
    <message>
        <source>Crash one &amp;worker</source>
        <translation>&amp;Worker abstürzen lassen</translation>
    </message>
    <message>
        <source>One worker writes through a null pointer: the kernel ends that process with SIGSEGV, and the lab and the other workers go on. Needs two running workers.</source>
        <translation>Ein Worker schreibt über einen Nullzeiger: Der Kernel beendet diesen Prozess mit SIGSEGV, und das Lab und die anderen Worker laufen weiter. Benötigt zwei laufende Worker.</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::PublishSubscribePage</name>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>waiting on &quot;items&quot;</source>
        <translation>wartet auf „items“</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>liest</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>of %1 messages</source>
        <translation>von %1 Nachrichten</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>messages %1</source>
        <translation>Nachrichten %1</translation>
    </message>
    <message>
        <source>%1; woken %2×, %3 to an empty queue</source>
        <translation>%1; %2× geweckt, davon %3 bei leerer Queue</translation>
    </message>
    <message>
        <source>%1 empty wake-ups re-checked</source>
        <translation>%1 leere Weckrufe erneut geprüft</translation>
    </message>
    <message>
        <source>pop() from an empty queue</source>
        <translation>pop() aus einer leeren Queue</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>gehalten von %1</translation>
    </message>
    <message>
        <source>Nobody waits on the condition &quot;items&quot;. The lock &quot;queue&quot; is %1.</source>
        <translation>Niemand wartet auf die Condition „items“. Die Sperre „queue“ ist %1.</translation>
    </message>
    <message>
        <source>Waiting on the condition &quot;items&quot; (in arrival order): %1. The lock &quot;queue&quot; is %2.</source>
        <translation>Warten auf die Condition „items“ (in Ankunftsreihenfolge): %1. Die Sperre „queue“ ist %2.</translation>
    </message>
    <message>
        <source>%1 of %2 messages received</source>
        <translation>%1 von %2 Nachrichten empfangen</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 messages.</source>
        <translation>Angehalten nach %1 von %2 Nachrichten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 times a subscriber woke to an empty queue and would have popped nothing&lt;/b&gt; (Python: IndexError; the lab counts it and lets the subscriber go on). Waking %2 for one message, the first one took it; the others checked with &lt;i&gt;if&lt;/i&gt; before they slept and not again after. Wait in a &lt;i&gt;while&lt;/i&gt; loop (check = while) and run it again.</source>
        <translation>&lt;b&gt;%1-mal wachte ein Abonnent bei leerer Queue auf und hätte nichts entnommen&lt;/b&gt; (Python: IndexError; das Lab zählt es und lässt den Abonnenten weitermachen). Für eine Nachricht wurde %2 geweckt; der Erste nahm sie, die anderen hatten vor dem Schlafen mit &lt;i&gt;if&lt;/i&gt; geprüft und danach nicht mehr. Warte in einer &lt;i&gt;while&lt;/i&gt;-Schleife (check = while) und starte noch einmal.</translation>
    </message>
    <message>
        <source>every subscriber</source>
        <translation>jeder Abonnent</translation>
    </message>
    <message>
        <source>one subscriber</source>
        <translation>ein Abonnent</translation>
    </message>
    <message>
        <source>&lt;b&gt;All %1 messages received, no failure.&lt;/b&gt; %2 wake-ups found the queue empty (another subscriber was first); the &lt;i&gt;while&lt;/i&gt; loop checked again and went back to waiting. With notify = one a message wakes one subscriber: fewer wasted wake-ups.</source>
        <translation>&lt;b&gt;Alle %1 Nachrichten empfangen, kein Fehler.&lt;/b&gt; %2 Weckrufe fanden die Queue leer (ein anderer Abonnent war schneller); die &lt;i&gt;while&lt;/i&gt;-Schleife prüfte erneut und wartete weiter. Mit notify = one weckt eine Nachricht einen Abonnenten: weniger vergeudete Weckrufe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;All %1 messages received, no failure, no wasted wake-up.&lt;/b&gt; Each notification woke one waiting subscriber, which found its message. A notification with nobody waiting is lost: that is why a subscriber checks the queue before it waits.</source>
        <translation>&lt;b&gt;Alle %1 Nachrichten empfangen, kein Fehler, kein vergeudeter Weckruf.&lt;/b&gt; Jede Benachrichtigung weckte einen wartenden Abonnenten, der seine Nachricht vorfand. Eine Benachrichtigung ohne Wartenden geht verloren: Deshalb prüft ein Abonnent die Queue, bevor er wartet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Done: %1 of %2 messages received, %3 failures.</source>
        <translation>Fertig: %1 von %2 Nachrichten empfangen, %3 Fehler.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>In the queue</source>
        <translation>In der Queue</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>by all subscribers</source>
        <translation>von allen Abonnenten</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ReplayBar</name>
    <message>
        <source>an untitled recording</source>
        <translation>einer Aufzeichnung ohne Titel</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>zu unbekannter Zeit</translation>
    </message>
    <message>
        <source>an unknown machine</source>
        <translation>einem unbekannten Rechner</translation>
    </message>
    <message>
        <source>Replay of %1, recorded %2 on %3</source>
        <translation>Wiedergabe von %1, aufgezeichnet %2 auf %3</translation>
    </message>
    <message>
        <source>The previous event (Left)</source>
        <translation>Das vorige Ereignis (Links)</translation>
    </message>
    <message>
        <source>The next event (Right or S)</source>
        <translation>Das nächste Ereignis (Rechts oder S)</translation>
    </message>
    <message>
        <source>Move through the recording</source>
        <translation>Durch die Aufzeichnung bewegen</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Recorded time per second of replay</source>
        <translation>Aufgezeichnete Zeit pro Sekunde Wiedergabe</translation>
    </message>
    <message>
        <source>1/%1×</source>
        <translation>1/%1×</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Zurück zu live</translation>
    </message>
    <message>
        <source>Leave the replay; the monitor shows the running lab again (L)</source>
        <translation>Wiedergabe verlassen; der Monitor zeigt wieder das laufende Lab (L)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause the replay (Space)</source>
        <translation>Wiedergabe anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Play the recording (Space)</source>
        <translation>Aufzeichnung abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>%1 s of %2 s</source>
        <translation>%1 s von %2 s</translation>
    </message>
    <message>
        <source>No lab thread has started yet.</source>
        <translation>Noch kein Lab-Thread hat begonnen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: waiting: %2</source>
        <translation>„%1“: es warten: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: held by %2; waiting: %3</source>
        <translation>„%1“: gehalten von %2; es warten: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: nobody waits</source>
        <translation>„%1“: niemand wartet</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n permit(s) free</source>
        <translation>
            <numerusform>%1; %n Erlaubnis frei</numerusform>
            <numerusform>%1; %n Erlaubnisse frei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ReplaySession</name>
    <message>
        <source>the window has no thread monitor to replay it in</source>
        <translation>das Fenster hat keinen Thread-Monitor, in dem sie abgespielt werden könnte</translation>
    </message>
    <message>
        <source>the recording holds no events of lab threads</source>
        <translation>die Aufzeichnung enthält keine Ereignisse von Lab-Threads</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ScenarioPanel</name>
    <message>
        <source>The previous run is still ending.</source>
        <translation>Der vorige Lauf endet noch.</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::SemaphoreSlotsWidget</name>
    <message>
        <source>Window %1</source>
        <translation>Schalter %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Nobody waits for a window. Free permits: %1.</source>
        <translation>Niemand wartet auf einen Schalter. Freie Erlaubnisse: %1.</translation>
    </message>
    <message>
        <source>Waiting for a window (in arrival order): %1.</source>
        <translation>Warten auf einen Schalter (in Ankunftsreihenfolge): %1.</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::SemaphoresPanel</name>
    <message>
        <source>The previous sale is still ending.</source>
        <translation>Der vorige Verkauf endet noch.</translation>
    </message>
    <message>
        <source>of %1 at the start</source>
        <translation>von %1 zu Beginn</translation>
    </message>
    <message>
        <source>%1 tickets sold</source>
        <translation>%1 Tickets verkauft</translation>
    </message>
    <message>
        <source>of %1 windows</source>
        <translation>von %1 Schaltern</translation>
    </message>
    <message>
        <source>Stopped before the tickets ran out.</source>
        <translation>Angehalten, bevor die Tickets ausverkauft waren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 tickets sold from a stock of %2: %3 oversold.&lt;/b&gt; The semaphore let at most %4 sellers in at once, as it should, but it does not protect what they do inside: several checked the same stock, each printed a ticket, and each wrote back the same number minus one. Protect the check and the write with a lock (protection = lock) and run it again.</source>
        <translation>&lt;b&gt;%1 Tickets aus einem Bestand von %2 verkauft: %3 zu viel.&lt;/b&gt; Das Semaphor ließ wie vorgesehen höchstens %4 Verkäufer zugleich hinein, schützt aber nicht, was sie drinnen tun: Mehrere prüften denselben Bestand, jeder druckte ein Ticket, und jeder schrieb dieselbe Zahl minus eins zurück. Schütze Prüfen und Schreiben mit einer Sperre (protection = lock) und starte noch einmal.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 tickets sold from a stock of %2: none oversold.&lt;/b&gt; At most %3 sellers were inside at once (the semaphore&apos;s %4 permits)%5.</source>
        <translation>&lt;b&gt;%1 Tickets aus einem Bestand von %2 verkauft: keins zu viel.&lt;/b&gt; Höchstens %3 Verkäufer waren zugleich drinnen (die %4 Erlaubnisse des Semaphors)%5.</translation>
    </message>
    <message>
        <source>; the lock let one of them at a time check and write the stock</source>
        <translation>; die Sperre ließ jeweils nur einen den Bestand prüfen und schreiben</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Done: %1 sold, %2 oversold.</source>
        <translation>Fertig: %1 verkauft, %2 zu viel.</translation>
    </message>
    <message>
        <source>The extra release was accepted: the semaphore now has %1 permits.</source>
        <translation>Die zusätzliche Freigabe wurde angenommen: Das Semaphor hat jetzt %1 Erlaubnisse.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused.&lt;/b&gt; A bounded semaphore of %1 permits took one permit and gave it back; the second release would have made %2 permits out of %1, so it was refused (Python raises ValueError). A plain semaphore would have grown silently, and one more seller than windows could then sell at once.</source>
        <translation>&lt;b&gt;Abgelehnt.&lt;/b&gt; Ein beschränktes Semaphor mit %1 Erlaubnissen nahm eine Erlaubnis und gab sie zurück; die zweite Freigabe hätte aus %1 Erlaubnissen %2 gemacht und wurde daher abgelehnt (Python wirft ValueError). Ein einfaches Semaphor wäre stillschweigend gewachsen, und ein Verkäufer mehr als Schalter hätte dann zugleich verkaufen können.</translation>
    </message>
    <message>
        <source>Seller threads (&lt;i&gt;seller-1&lt;/i&gt;, ... in the monitor) sell from one stock of tickets. A semaphore of N permits, the counter windows, lets at most N of them sell at the same time; the others wait in line.</source>
        <translation>Verkäufer-Threads (&lt;i&gt;seller-1&lt;/i&gt;, … im Monitor) verkaufen aus einem Ticketbestand. Ein Semaphor mit N Erlaubnissen, die Schalter, lässt höchstens N von ihnen zugleich verkaufen; die anderen stehen an.</translation>
    </message>
    <message>
        <source>Ticket sale</source>
        <translation>Ticketverkauf</translation>
    </message>
    <message>
        <source>Bounded semaphore</source>
        <translation>Beschränktes Semaphor</translation>
    </message>
    <message>
        <source>Tickets left</source>
        <translation>Übrige Tickets</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Oversold</source>
        <translation>Zu viel verkauft</translation>
    </message>
    <message>
        <source>Most sellers inside at once</source>
        <translation>Höchstens zugleich drinnen</translation>
    </message>
    <message>
        <source>A bounded semaphore knows how many permits it started with and refuses a release that would go past that: releasing more than was acquired is a bug it catches.</source>
        <translation>Ein beschränktes Semaphor weiß, mit wie vielen Erlaubnissen es begann, und lehnt eine Freigabe ab, die darüber hinausginge: Mehr freigeben als genommen ist ein Fehler, den es abfängt.</translation>
    </message>
    <message>
        <source>Release one permit too many</source>
        <translation>Eine Erlaubnis zu viel freigeben</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>replay at %1 s</source>
        <translation>Wiedergabe bei %1 s</translation>
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
    <name>Lab::Gui::SlideWidget</name>
    <message>
        <source>PageDown: next slide</source>
        <translation>PageDown: nächste Folie</translation>
    </message>
    <message>
        <source>PageDown: next topic</source>
        <translation>PageDown: nächstes Thema</translation>
    </message>
    <message>
        <source>PageDown: %1</source>
        <translation>PageDown: %1</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Folie %1 von %2</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::StartingThreadsPanel</name>
    <message>
        <source>The threads of the previous run are still running.</source>
        <translation>Die Threads des vorigen Laufs laufen noch.</translation>
    </message>
    <message>
        <source>Starting 4 threads</source>
        <translation>4 Threads werden gestartet</translation>
    </message>
    <message>
        <source>%1 of 4 threads reported</source>
        <translation>%1 von 4 Threads haben berichtet</translation>
    </message>
    <message numerus="yes">
        <source>%n threads, each with its own thread id, none of them the GUI thread; every OS name is the name given before start (the kernel keeps 15 bytes).</source>
        <translation>
            <numerusform>%n Thread mit eigener Thread-ID, nicht der GUI-Thread; jeder OS-Name ist der vor dem Start vergebene Name (der Kernel behält 15 Bytes).</numerusform>
            <numerusform>%n Threads, jeder mit eigener Thread-ID, keiner davon der GUI-Thread; jeder OS-Name ist der vor dem Start vergebene Name (der Kernel behält 15 Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 distinct thread ids for %2 threads; %3 OS names match the requested names; %4 ran on the GUI thread.</source>
        <translation>%1 verschiedene Thread-IDs für %2 Threads; %3 OS-Namen stimmen mit den gewünschten Namen überein; %4 liefen im GUI-Thread.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n threads started in four different ways.</source>
        <translation>
            <numerusform>Fertig: %n Thread auf vier verschiedene Arten gestartet.</numerusform>
            <numerusform>Fertig: %n Threads auf vier verschiedene Arten gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>class-based</source>
        <translation>klassenbasiert</translation>
    </message>
    <message>
        <source>target-based</source>
        <translation>zielbasiert</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Run starts one thread in each of the four ways Qt/C++ offers; each names itself, reports its kernel thread id and computes a small result. The Fork and Daemon tabs start a child program.</source>
        <translation>„Ausführen“ startet je einen Thread auf jede der vier Arten, die Qt/C++ bietet; jeder benennt sich selbst, meldet seine Kernel-Thread-ID und berechnet ein kleines Ergebnis. Die Reiter Fork und Daemon starten ein Kindprogramm.</translation>
    </message>
    <message>
        <source>Work per thread (iterations)</source>
        <translation>Arbeit pro Thread (Iterationen)</translation>
    </message>
    <message>
        <source>Fork: keep the child alive</source>
        <translation>Fork: Kind am Leben halten</translation>
    </message>
    <message>
        <source>Daemon: heartbeat every</source>
        <translation>Daemon: Herzschlag alle</translation>
    </message>
    <message>
        <source>Daemon: standard thread&apos;s work</source>
        <translation>Daemon: Arbeit des Standard-Threads</translation>
    </message>
    <message>
        <source>Four ways</source>
        <translation>Vier Arten</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Fork</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Daemon</translation>
    </message>
    <message>
        <source>The threads, as they reported from inside</source>
        <translation>Die Threads, wie sie von innen berichtet haben</translation>
    </message>
    <message>
        <source>How each way is spelled, in C++ and in Python</source>
        <translation>Wie jede Art geschrieben wird, in C++ und in Python</translation>
    </message>
    <message>
        <source>Qt / C++</source>
        <translation>Qt / C++</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::StatePalette</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Rdy</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Blk</source>
        <translation>Blk</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wart</translation>
    </message>
    <message>
        <source>Slp</source>
        <translation>Schl</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
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
    <name>Lab::Gui::ThreadJobReport</name>
    <message>
        <source>The benchmark was cancelled; the numbers cover the runs that finished.</source>
        <translation>Der Benchmark wurde abgebrochen; die Zahlen umfassen die beendeten Läufe.</translation>
    </message>
    <message>
        <source>The benchmark stopped early: %1</source>
        <translation>Der Benchmark endete vorzeitig: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n Thread</numerusform>
            <numerusform>%n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 ± %2×</source>
        <translation>%1 ± %2×</translation>
    </message>
    <message>
        <source>CPU %1 %</source>
        <extracomment>a cell of the results table: speedup (± error), then CPU time as a share of wall time</extracomment>
        <translation>CPU %1 %</translation>
    </message>
    <message>
        <source>Checked after the run: all %1 threads read back the affinity {%2} and last ran on CPU %2.</source>
        <translation>Nach dem Lauf geprüft: Alle %1 Threads lasen die Affinität {%2} zurück und liefen zuletzt auf CPU %2.</translation>
    </message>
    <message>
        <source>Checked after the run: only %1 of %2 threads stayed on CPU %3.</source>
        <translation>Nach dem Lauf geprüft: Nur %1 von %2 Threads blieben auf CPU %3.</translation>
    </message>
    <message>
        <source>Speedup (× 1 thread)</source>
        <translation>Beschleunigung (× 1 Thread)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ThreadLifecyclePanel</name>
    <message>
        <source>The demo thread could not be started.</source>
        <translation>Der Demo-Thread konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>States so far: %1</source>
        <translation>Bisherige Zustände: %1</translation>
    </message>
    <message>
        <source>Cancelled: the thread was asked to stop and ended early.</source>
        <translation>Abgebrochen: Der Thread wurde gebeten zu stoppen und endete vorzeitig.</translation>
    </message>
    <message>
        <source>Done: the thread ran, slept, ran again and ended.</source>
        <translation>Fertig: Der Thread lief, schlief, lief wieder und endete.</translation>
    </message>
    <message>
        <source>no task: the kernel thread is gone</source>
        <translation>kein Task: Der Kernel-Thread ist nicht mehr da</translation>
    </message>
    <message>
        <source>no task yet: the kernel thread does not exist</source>
        <translation>noch kein Task: Der Kernel-Thread existiert noch nicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>isRunning()  = %1
isFinished() = %2</source>
        <translation>isRunning()  = %1
isFinished() = %2</translation>
    </message>
    <message>
        <source>“%1”, thread id %2</source>
        <translation>„%1“, Thread-ID %2</translation>
    </message>
    <message>
        <source>“%1”, no thread id yet</source>
        <translation>„%1“, noch keine Thread-ID</translation>
    </message>
    <message>
        <source>Pacer: paused. The thread is held at its next checkpoint (Linux shows S); Step lets it pass one.</source>
        <translation>Taktung: pausiert. Der Thread wird an seinem nächsten Haltepunkt festgehalten (Linux zeigt S); „Schritt“ lässt ihn einen passieren.</translation>
    </message>
    <message>
        <source>Pacer: full speed. Slow it down with the monitor&apos;s speed slider (or - in presenter mode).</source>
        <translation>Taktung: volle Geschwindigkeit. Mit dem Tempo-Regler des Monitors verlangsamen (oder mit - im Präsentationsmodus).</translation>
    </message>
    <message>
        <source>Pacer: slow motion, 1/%1 speed.</source>
        <translation>Taktung: Zeitlupe, Tempo 1/%1.</translation>
    </message>
    <message>
        <source>run %1 of 2</source>
        <translation>Lauf %1 von 2</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>One thread, &lt;i&gt;lifecycle-demo&lt;/i&gt;, is started, computes, sleeps, computes again and ends. The diagram lights its textbook state; beside it, what Linux says about the same thread and what Qt says. Slow it down or pause it with the monitor&apos;s pacer.</source>
        <translation>Ein Thread, &lt;i&gt;lifecycle-demo&lt;/i&gt;, wird gestartet, rechnet, schläft, rechnet wieder und endet. Das Diagramm hebt seinen Lehrbuch-Zustand hervor; daneben steht, was Linux über denselben Thread sagt und was Qt sagt. Mit der Taktung des Monitors verlangsamen oder pausieren.</translation>
    </message>
    <message>
        <source>First run (computing)</source>
        <translation>Erster Lauf (Rechnen)</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlafen</translation>
    </message>
    <message>
        <source>Second run (computing)</source>
        <translation>Zweiter Lauf (Rechnen)</translation>
    </message>
    <message>
        <source>State diagram</source>
        <translation>Zustandsdiagramm</translation>
    </message>
    <message>
        <source>Textbook state (the lab&apos;s trace)</source>
        <translation>Lehrbuch-Zustand (Aufzeichnung des Labs)</translation>
    </message>
    <message>
        <source>Linux state (/proc/self/task/&lt;tid&gt;/stat)</source>
        <translation>Linux-Zustand (/proc/self/task/&lt;tid&gt;/stat)</translation>
    </message>
    <message>
        <source>Qt&apos;s view of the QThread</source>
        <translation>Sicht von Qt auf den QThread</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>no task yet</source>
        <translation>noch kein Task</translation>
    </message>
    <message>
        <source>no QThread yet</source>
        <translation>noch kein QThread</translation>
    </message>
    <message>
        <source>“%1”, not created yet</source>
        <translation>„%1“, noch nicht erzeugt</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ThreadNamesModel</name>
    <message>
        <source>Named with setObjectName() before start()</source>
        <translation>Mit setObjectName() vor start() benannt</translation>
    </message>
    <message>
        <source>Renamed with setObjectName() while it runs</source>
        <translation>Mit setObjectName() während der Ausführung umbenannt</translation>
    </message>
    <message>
        <source>Renamed by itself with pthread_setname_np()</source>
        <translation>Von sich selbst mit pthread_setname_np() umbenannt</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>objectName()</source>
        <translation>objectName()</translation>
    </message>
    <message>
        <source>OS name (/proc comm)</source>
        <translation>OS-Name (/proc comm)</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ThreadStartModel</name>
    <message>
        <source>Way</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name given</source>
        <translation>Vergebener Name</translation>
    </message>
    <message>
        <source>OS name</source>
        <translation>OS-Name</translation>
    </message>
    <message>
        <source>Thread id</source>
        <translation>Thread-ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ThreadStateDiagram</name>
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
        <source>Not running</source>
        <translation>Nicht laufend</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>R, waiting</source>
        <translation>R, wartend</translation>
    </message>
    <message>
        <source>R, on a CPU</source>
        <translation>R, auf einer CPU</translation>
    </message>
    <message>
        <source>sleeping or blocked: S or D</source>
        <translation>schlafend oder blockiert: S oder D</translation>
    </message>
    <message>
        <source>no task</source>
        <translation>kein Task</translation>
    </message>
    <message>
        <source>start()</source>
        <translation>start()</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>eingeplant</translation>
    </message>
    <message>
        <source>preempted</source>
        <translation>verdrängt</translation>
    </message>
    <message>
        <source>run() ends</source>
        <translation>run() endet</translation>
    </message>
    <message>
        <source>sleep, lock, I/O</source>
        <translation>Schlafen, Sperre, E/A</translation>
    </message>
    <message>
        <source>woken up</source>
        <translation>aufgeweckt</translation>
    </message>
    <message>
        <source>Thread state diagram</source>
        <translation>Thread-Zustandsdiagramm</translation>
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
    <message>
        <source>Textbook</source>
        <translation>Lehrbuch</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::ThreadsPanel</name>
    <message>
        <source>The counter experiment is still running.</source>
        <translation>Das Zähler-Experiment läuft noch.</translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation>Runde 1</translation>
    </message>
    <message>
        <source>Round %1 of at most %2</source>
        <translation>Runde %1 von höchstens %2</translation>
    </message>
    <message>
        <source>Cancelled (rounds run: %1).</source>
        <translation>Abgebrochen (ausgeführte Runden: %1).</translation>
    </message>
    <message>
        <source>Round %1: %2 of %3 increments were lost.</source>
        <translation>Runde %1: %2 von %3 Inkrementen gingen verloren.</translation>
    </message>
    <message>
        <source>With the mutex: every increment was counted (rounds run: %1, none lost an update).</source>
        <translation>Mit dem Mutex: Jedes Inkrement wurde gezählt (ausgeführte Runden: %1, kein verlorenes Update).</translation>
    </message>
    <message>
        <source>No update lost (rounds run: %1); try more threads or more increments.</source>
        <translation>Kein verlorenes Update (ausgeführte Runden: %1); mehr Threads oder mehr Inkremente versuchen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared:&lt;/b&gt; every thread sees the counter at the same address, %1: one heap for the whole process.</source>
        <translation>&lt;b&gt;Geteilt:&lt;/b&gt; Jeder Thread sieht den Zähler an derselben Adresse, %1: ein Heap für den ganzen Prozess.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unexpected:&lt;/b&gt; the threads report different counter addresses.</source>
        <translation>&lt;b&gt;Unerwartet:&lt;/b&gt; Die Threads melden verschiedene Zähleradressen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Own:&lt;/b&gt; the variables on the threads&apos; stacks lie at %1 different addresses: every thread has its own stack.</source>
        <translation>&lt;b&gt;Eigen:&lt;/b&gt; Die Variablen auf den Stacks der Threads liegen an %1 verschiedenen Adressen: Jeder Thread hat seinen eigenen Stack.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Own:&lt;/b&gt; the variable on the thread&apos;s stack lies in its own stack; start two or more threads to compare.</source>
        <translation>&lt;b&gt;Eigen:&lt;/b&gt; Die Variable auf dem Stack des Threads liegt in seinem eigenen Stack; zwei oder mehr Threads starten, um zu vergleichen.</translation>
    </message>
    <message>
        <source>Round %1: %2 of %3 counted, %4 lost (%5 s)</source>
        <translation>Runde %1: %2 von %3 gezählt, %4 verloren (%5 s)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Press Run to start the threads.</source>
        <translation>„Ausführen“ drücken, um die Threads zu starten.</translation>
    </message>
    <message>
        <source>Round %1: %2 updates were lost. The threads overwrote each other&apos;s increments.</source>
        <translation>Runde %1: %2 Updates gingen verloren. Die Threads haben gegenseitig ihre Inkremente überschrieben.</translation>
    </message>
    <message>
        <source>Round %1: with the mutex every increment was counted.</source>
        <translation>Runde %1: Mit dem Mutex wurde jedes Inkrement gezählt.</translation>
    </message>
    <message>
        <source>Round %1: no update lost this time.</source>
        <translation>Runde %1: Diesmal kein verlorenes Update.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why updates are lost.&lt;/b&gt; &lt;code&gt;counter = counter + 1&lt;/code&gt; is three steps: read the value, add one, write it back. Two threads can interleave them:&lt;ol&gt;&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; reads 41.&lt;/li&gt;&lt;li&gt;&lt;b&gt;%2&lt;/b&gt; reads 41.&lt;/li&gt;&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; writes 42.&lt;/li&gt;&lt;li&gt;&lt;b&gt;%2&lt;/b&gt; writes 42: the increment of %1 is lost.&lt;/li&gt;&lt;/ol&gt;&lt;b&gt;With a mutex&lt;/b&gt; a thread holds the lock from the read to the write, so no other thread can read in between: nothing is lost, at the cost of waiting for the lock.</source>
        <translation>&lt;b&gt;Warum Updates verloren gehen.&lt;/b&gt; &lt;code&gt;counter = counter + 1&lt;/code&gt; besteht aus drei Schritten: den Wert lesen, eins addieren, ihn zurückschreiben. Zwei Threads können sie verschränken:&lt;ol&gt;&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; liest 41.&lt;/li&gt;&lt;li&gt;&lt;b&gt;%2&lt;/b&gt; liest 41.&lt;/li&gt;&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; schreibt 42.&lt;/li&gt;&lt;li&gt;&lt;b&gt;%2&lt;/b&gt; schreibt 42: Das Inkrement von %1 ist verloren.&lt;/li&gt;&lt;/ol&gt;&lt;b&gt;Mit einem Mutex&lt;/b&gt; hält ein Thread die Sperre vom Lesen bis zum Schreiben, sodass kein anderer Thread dazwischen lesen kann: Nichts geht verloren, um den Preis des Wartens auf die Sperre.</translation>
    </message>
    <message>
        <source>N lab threads (&lt;i&gt;counter-1&lt;/i&gt;, &lt;i&gt;counter-2&lt;/i&gt;, … in the monitor) each add 1 to one shared counter M times. Without a lock some increments vanish; with a mutex none do.</source>
        <translation>N Lab-Threads (&lt;i&gt;counter-1&lt;/i&gt;, &lt;i&gt;counter-2&lt;/i&gt;, … im Monitor) addieren je M-mal 1 zu einem gemeinsamen Zähler. Ohne Sperre verschwinden einige Inkremente; mit einem Mutex keine.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Increments per thread</source>
        <translation>Inkremente pro Thread</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Run until a loss shows</source>
        <translation>Ausführen, bis ein Verlust auftritt</translation>
    </message>
    <message>
        <source>At most this many rounds</source>
        <translation>Höchstens so viele Runden</translation>
    </message>
    <message>
        <source>Repeat the whole run (new threads, counter back to 0) until some update is lost</source>
        <translation>Den ganzen Lauf wiederholen (neue Threads, Zähler zurück auf 0), bis ein Update verloren geht</translation>
    </message>
    <message>
        <source>Unsynchronized (no lock)</source>
        <translation>Unsynchronisiert (keine Sperre)</translation>
    </message>
    <message>
        <source>With a mutex (QMutex)</source>
        <translation>Mit einem Mutex (QMutex)</translation>
    </message>
    <message>
        <source>Expected (threads × increments)</source>
        <translation>Erwartet (Threads × Inkremente)</translation>
    </message>
    <message>
        <source>Actual counter value</source>
        <translation>Tatsächlicher Zählerwert</translation>
    </message>
    <message>
        <source>Lost updates</source>
        <translation>Verlorene Updates</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Lecture speed</source>
        <translation>Vorlesungstempo</translation>
    </message>
    <message>
        <source>Every read, add and write of each increment is shown here and on the timeline and takes %1 s; S stops at each one. At most %2 increments per thread.</source>
        <translation>Jedes Lesen, Addieren und Schreiben jedes Inkrements erscheint hier und auf der Zeitleiste und dauert %1 s; S hält bei jedem. Höchstens %2 Inkremente je Thread.</translation>
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
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>No lab thread has started at the replay&apos;s cursor yet.</source>
        <translation>An der Position der Wiedergabe ist noch kein Lab-Thread gestartet.</translation>
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
    <message>
        <source>the experiment</source>
        <translation>das Experiment</translation>
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
    <message>
        <source>Synchronization</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Locks and the data race</source>
        <translation>Sperren und das Data Race</translation>
    </message>
    <message>
        <source>Semaphores: the ticket sellers</source>
        <translation>Semaphoren: die Ticketverkäufer</translation>
    </message>
    <message>
        <source>Conditions, events and barriers</source>
        <translation>Bedingungen, Ereignisse und Barrieren</translation>
    </message>
    <message>
        <source>Deadlock: the dining philosophers</source>
        <translation>Deadlock: die speisenden Philosophen</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::TopologyWidget</name>
    <message>
        <source>L%1d</source>
        <translation>L%1d</translation>
    </message>
    <message>
        <source>L%1i</source>
        <translation>L%1i</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>Model: two sockets, 4 cores each</source>
        <translation>Modell: zwei Sockel, je 4 Kerne</translation>
    </message>
    <message>
        <source>Reading the topology from /sys...</source>
        <translation>Topologie wird aus /sys gelesen...</translation>
    </message>
    <message>
        <source>MODEL: a two-node NUMA machine, not this machine</source>
        <translation>MODELL: eine NUMA-Maschine mit zwei Knoten, nicht diese Maschine</translation>
    </message>
    <message numerus="yes">
        <source>NUMA node %1 · %n CPUs</source>
        <translation>
            <numerusform>NUMA-Knoten %1 · %n CPU</numerusform>
            <numerusform>NUMA-Knoten %1 · %n CPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Memory of node %1 · %2</source>
        <translation>Speicher von Knoten %1 · %2</translation>
    </message>
    <message>
        <source>Memory
%1</source>
        <translation>Speicher
%1</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>inter-
connect</source>
        <translation>Inter-
connect</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::TrafficLightPage</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>driving</source>
        <translation>fährt</translation>
    </message>
    <message>
        <source>waiting at red</source>
        <translation>wartet bei Rot</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>geparkt</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>the event is set</source>
        <translation>das Event ist gesetzt</translation>
    </message>
    <message>
        <source>the event is clear</source>
        <translation>das Event ist gelöscht</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1; waited at red %2×, at most %3 ms</source>
        <translation>%1; %2× bei Rot gewartet, höchstens %3 ms</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 of %2 crossings</source>
        <translation>%1 von %2 Durchfahrten</translation>
    </message>
    <message>
        <source>Stopped after %1 crossings.</source>
        <translation>Angehalten nach %1 Durchfahrten.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 crossings, %2 of them after waiting at red; the light turned green %3 times.&lt;/b&gt; Each set() let every car waiting at the light go at once (an event wakes all its waiters, and has no owner and no count); a car that came at green passed without waiting. The longest wait was %4 ms.</source>
        <translation>&lt;b&gt;%1 Durchfahrten, %2 davon nach Warten bei Rot; die Ampel wurde %3-mal grün.&lt;/b&gt; Jedes set() ließ alle an der Ampel wartenden Autos zugleich losfahren (ein Event weckt alle Wartenden und hat weder Besitzer noch Zähler); ein Auto, das bei Grün kam, fuhr ohne Warten durch. Die längste Wartezeit betrug %4 ms.</translation>
    </message>
    <message>
        <source>Done: %1 crossings, %2 after a wait at red.</source>
        <translation>Fertig: %1 Durchfahrten, %2 nach Warten bei Rot.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <source>Waiting at red</source>
        <translation>Warten bei Rot</translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation>Durchfahrten</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
</context>
<context>
    <name>Lab::Gui::TwoLocksPage</name>
    <message>
        <source>Two locks</source>
        <translation>Zwei Sperren</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>takes %1</source>
        <translation>nimmt %1</translation>
    </message>
    <message>
        <source>works with %1</source>
        <translation>arbeitet mit %1</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <source>works with both</source>
        <translation>arbeitet mit beiden</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>gave up, the victim</source>
        <translation>aufgegeben, das Opfer</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>%1 holds</source>
        <translation>%1 hält</translation>
    </message>
    <message>
        <source>%1 (takes %2, then %3)</source>
        <translation>%1 (nimmt %2, dann %3)</translation>
    </message>
    <message>
        <source>%1 of 2 threads through</source>
        <translation>%1 von 2 Threads durch</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlock: break it.&lt;/b&gt; Choose the victim below, or click its thread in the graph: the lab cancels its wait, it kills nothing. The victim&apos;s lock() fails, it puts down the lock it holds, and the other thread goes on.</source>
        <translation>&lt;b&gt;Deadlock: auflösen.&lt;/b&gt; Wähle unten das Opfer oder klicke seinen Thread im Graphen an: Das Labor bricht sein Warten ab, es beendet nichts. Das lock() des Opfers schlägt fehl, es legt die gehaltene Sperre ab, und der andere Thread macht weiter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlock.&lt;/b&gt; The lab cancels the wait of %1 in %2 s.</source>
        <translation>&lt;b&gt;Deadlock.&lt;/b&gt; Das Labor bricht das Warten von %1 in %2 s ab.</translation>
    </message>
    <message>
        <source>The lab cancelled the wait of %1: it puts its lock down, the other takes it.</source>
        <translation>Das Labor hat das Warten von %1 abgebrochen: Er legt seine Sperre ab, der andere nimmt sie.</translation>
    </message>
    <message>
        <source>The four conditions of a deadlock (break one and none can form):&lt;br&gt;%1 &lt;b&gt;Mutual exclusion&lt;/b&gt;: a lock has one holder at a time.&lt;br&gt;%2 &lt;b&gt;No preemption&lt;/b&gt;: nobody takes a lock away from its holder.&lt;br&gt;%3 &lt;b&gt;Hold and wait&lt;/b&gt;: a thread holds one lock and waits for the other.&lt;br&gt;%4 &lt;b&gt;Circular wait&lt;/b&gt;: the waits close a circle.</source>
        <translation>Die vier Bedingungen eines Deadlocks (fällt eine weg, kann keiner entstehen):&lt;br&gt;%1 &lt;b&gt;Wechselseitiger Ausschluss&lt;/b&gt;: eine Sperre hat jeweils nur einen Halter.&lt;br&gt;%2 &lt;b&gt;Keine Verdrängung&lt;/b&gt;: niemand nimmt dem Halter seine Sperre weg.&lt;br&gt;%3 &lt;b&gt;Halten und Warten&lt;/b&gt;: ein Thread hält eine Sperre und wartet auf die andere.&lt;br&gt;%4 &lt;b&gt;Zyklisches Warten&lt;/b&gt;: die Wartebeziehungen schließen einen Kreis.</translation>
    </message>
    <message>
        <source>The lock-order graph has no cycle: every thread that held one lock asked for the other in the same order, so the waits can never close a circle.</source>
        <translation>Der Graph der Sperrreihenfolge hat keinen Zyklus: Jeder Thread, der eine Sperre hielt, hat die andere in derselben Reihenfolge angefordert, daher können die Wartebeziehungen nie einen Kreis schließen.</translation>
    </message>
    <message>
        <source>The lock-order graph has a cycle (A before B in one thread, B before A in the other): a &lt;b&gt;potential deadlock&lt;/b&gt;, found whether or not this run hung.</source>
        <translation>Der Graph der Sperrreihenfolge hat einen Zyklus (A vor B im einen Thread, B vor A im anderen): ein &lt;b&gt;möglicher Deadlock&lt;/b&gt;, gefunden unabhängig davon, ob dieser Lauf hing.</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>Gestoppt. %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlock after %1 ms&lt;/b&gt;, found by the lab&apos;s detector the moment the second wait closed the circle. %2 was the victim: its wait was cancelled and it gave up; %3 finished its work. %4</source>
        <translation>&lt;b&gt;Deadlock nach %1 ms&lt;/b&gt;, vom Detektor des Labors gefunden, sobald das zweite Warten den Kreis schloss. %2 war das Opfer: Sein Warten wurde abgebrochen, und er gab auf; %3 hat seine Arbeit beendet. %4</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Done: deadlock, %1 was the victim.</source>
        <translation>Fertig: Deadlock, %1 war das Opfer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No deadlock: both threads finished.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kein Deadlock: Beide Threads sind fertig.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Done: no deadlock.</source>
        <translation>Fertig: kein Deadlock.</translation>
    </message>
    <message>
        <source>Done: no deadlock this time, but a potential one.</source>
        <translation>Fertig: diesmal kein Deadlock, aber ein möglicher.</translation>
    </message>
    <message>
        <source>Victim:</source>
        <translation>Opfer:</translation>
    </message>
    <message>
        <source>Cancel the wait of %1: it gives up and puts its lock down.</source>
        <translation>Das Warten von %1 abbrechen: Er gibt auf und legt seine Sperre ab.</translation>
    </message>
    <message>
        <source>Solid arrow: the lock is held by the thread it points to. Dashed arrow: the thread waits for that lock. Red: the circle of waits, a deadlock. Right: an arrow A → B means a thread asked for B while it held A.</source>
        <translation>Durchgezogener Pfeil: Die Sperre wird von dem Thread gehalten, auf den er zeigt. Gestrichelter Pfeil: Der Thread wartet auf diese Sperre. Rot: der Kreis der Wartebeziehungen, ein Deadlock. Rechts: Ein Pfeil A → B bedeutet, dass ein Thread B angefordert hat, während er A hielt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replay&lt;/b&gt; at %1 s: the wait-for graph as recorded; the lock-order graph is not recorded.</source>
        <translation>&lt;b&gt;Wiedergabe&lt;/b&gt; bei %1 s: der Wartegraph wie aufgezeichnet; der Graph der Sperrreihenfolge wird nicht aufgezeichnet.</translation>
    </message>
</context>
</TS>
