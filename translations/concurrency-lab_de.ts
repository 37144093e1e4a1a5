<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
