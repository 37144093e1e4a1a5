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
