<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddTargetDialog</name>
    <message>
        <source>Add external target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label cannot contain &quot;/&quot; (it names the report&apos;s files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another target is labelled &quot;%1&quot;: labels must differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL, e.g. http://127.0.0.1:8080/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid http:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit external target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A working directory needs a launch command to start in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished">Stop</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the launch command and waiting for its port (at most %1 s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending GET %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the launch command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected in %1 ms, header %2 ms after the request, whole response in %3 ms (body: %4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the body had not ended when the probe stopped reading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch command (pid %1) accepted connections after %2 ms and has been stopped again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of the launch command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. python-async (empty: the URL&apos;s host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the target&apos;s rows, charts and files in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch &amp;command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. exec python3 server_async_http.py 8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Run with /bin/sh -c before the target&apos;s runs and stopped after them; the sweep waits until the URL&apos;s port accepts. Leave it empty for a server that is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the folder the command starts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the launch command, send one GET to the URL, show the answer, then stop the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it shows the server&apos;s status line, headers and response time here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Cannot compare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a saved sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved sweeps (*.json)</source>
        <translation type="unfinished">Saved sweeps (*.json)</translation>
    </message>
    <message>
        <source>Check two or more sweeps to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare saved sweeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check two or more &amp;sweeps to overlay them in the results table, the charts and the report. Each target is named after its sweep: its title, or when it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sweeps yet: every sweep you run is saved, or add a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigPanel</name>
    <message>
        <source>Choose at least one target</source>
        <translation>Choose at least one target</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Concurrency levels:</source>
        <translation>Concurrency levels:</translation>
    </message>
    <message>
        <source>Requests per run (n):</source>
        <translation>Requests per run (n):</translation>
    </message>
    <message>
        <source>Keep-alive (HTTP/1.1, like ab -k)</source>
        <translation>Keep-alive (HTTP/1.1, like ab -k)</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Engine:</translation>
    </message>
    <message>
        <source>Socket (ab-equivalent)</source>
        <translation>Socket (ab-equivalent)</translation>
    </message>
    <message>
        <source>QNetworkAccessManager</source>
        <translation>QNetworkAccessManager</translation>
    </message>
    <message>
        <source>Timeout, ab -s (s):</source>
        <translation>Timeout, ab -s (s):</translation>
    </message>
    <message>
        <source>As ab: a run stops when nothing arrives on any connection for this long, and its row shows ab&apos;s message</source>
        <translation>As ab: a run stops when nothing arrives on any connection for this long, and its row shows ab&apos;s message</translation>
    </message>
    <message>
        <source>Don&apos;t stop a run on receive errors (ab -r)</source>
        <translation>Don&apos;t stop a run on receive errors (ab -r)</translation>
    </message>
    <message>
        <source>As ab -r: a connection reset or refused is counted as a failed request and the run goes on</source>
        <translation>As ab -r: a connection reset or refused is counted as a failed request and the run goes on</translation>
    </message>
    <message>
        <source>Comma-separated, one table row per level and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats per level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each target runs this many times at each level, the targets taking turns; the table shows the median run, the spread and a verdict come from all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tugas Pemrograman Jaringan 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The markdown report&apos;s heading; empty: a default heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written under the report&apos;s heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locust cluster (--locust-workers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locust workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As --locust-workers: started here on loopback, or, with a master bind, the remote workers to wait for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master bind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT, empty = local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As --locust-master-bind: the master listens there and waits for remote workers; the log shows the command to start them with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker wait (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As --locust-wait: a run fails when the workers have not all connected by then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedModelsIntro</name>
    <message>
        <source>&lt;p&gt;The four embedded servers differ only in their concurrency model:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Event-driven&lt;/b&gt;: one QTcpServer event loop serves every connection.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Thread per connection&lt;/b&gt;: one QThread per connection.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Thread pool&lt;/b&gt;: a fixed set of worker threads, each serving one connection at a time; past the pool, clients wait for a free worker.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Loop per core&lt;/b&gt;: one event loop per core, each with its own listening socket on the same port (SO_REUSEPORT).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedTargetEditor</name>
    <message>
        <source>Port %1 is in use: %2</source>
        <translation>Port %1 is in use: %2</translation>
    </message>
    <message>
        <source>Event-driven (QTcpServer)</source>
        <translation>Event-driven (QTcpServer)</translation>
    </message>
    <message>
        <source>Thread per connection (QThread)</source>
        <translation>Thread per connection (QThread)</translation>
    </message>
    <message>
        <source>Port (0 = any free):</source>
        <translation>Port (0 = any free):</translation>
    </message>
    <message>
        <source>Response body (bytes):</source>
        <translation>Response body (bytes):</translation>
    </message>
    <message>
        <source>default page</source>
        <translation>default page</translation>
    </message>
    <message>
        <source>Size of the generated body GET / answers; &quot;default page&quot; keeps the course server&apos;s page</source>
        <translation>Size of the generated body GET / answers; &quot;default page&quot; keeps the course server&apos;s page</translation>
    </message>
    <message>
        <source>Work per request (µs):</source>
        <translation>Work per request (µs):</translation>
    </message>
    <message>
        <source>Busy CPU work the server does for each request, in the serving thread</source>
        <translation>Busy CPU work the server does for each request, in the serving thread</translation>
    </message>
    <message>
        <source>Thread pool (fixed workers, blocking I/O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (%1, cores × 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each worker serves one connection at a time; more clients than workers wait in the accept queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event loop per core (SO_REUSEPORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event loops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (%1, one per core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each loop has its own listening socket on the same port and its own connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFolderDialog</name>
    <message>
        <source>Export the report into</source>
        <translation type="unfinished">Export the report into</translation>
    </message>
    <message>
        <source>&amp;Export Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder (created if missing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalTarget</name>
    <message>
        <source>the launch command is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the launch command is not a valid shell command line (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch command &quot;%1&quot; not found (not a shell builtin or a program on PATH)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalTargetsEditor</name>
    <message>
        <source>External targets (any HTTP/1.x URL):</source>
        <translation>External targets (any HTTP/1.x URL):</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Launch command</source>
        <translation>Launch command</translation>
    </message>
    <message>
        <source>Optional: a command that starts the server before its runs</source>
        <translation>Optional: a command that starts the server before its runs</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a target: its URL, an optional launch command, and a test fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelList</name>
    <message>
        <source>Concurrency level %1 must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency level %1 is above ab&apos;s limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number: enter levels like 1, 5, 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one concurrency level, e.g. 1, 5, 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency level %1 is greater than requests per run (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency level %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveChart</name>
    <message>
        <source>No figures (-), drawn at 0</source>
        <translation>No figures (-), drawn at 0</translation>
    </message>
    <message>
        <source>Each repeat</source>
        <translation>Each repeat</translation>
    </message>
    <message>
        <source>Run in progress</source>
        <translation>Run in progress</translation>
    </message>
    <message>
        <source>@yPoint requests/s</source>
        <translation>@yPoint requests/s</translation>
    </message>
    <message>
        <source>%1, c = %2, warm-up (not counted)</source>
        <translation>%1, c = %2, warm-up (not counted)</translation>
    </message>
    <message>
        <source>%1, c = %2, repeat %3 of %4</source>
        <translation>%1, c = %2, repeat %3 of %4</translation>
    </message>
    <message>
        <source>%1, c = %2</source>
        <translation>%1, c = %2</translation>
    </message>
    <message>
        <source>Sweep finished: %1 cells, %2 without figures (-)</source>
        <translation>Sweep finished: %1 cells, %2 without figures (-)</translation>
    </message>
    <message>
        <source>Sweep cancelled: %1 cells, %2 without figures (-)</source>
        <translation>Sweep cancelled: %1 cells, %2 without figures (-)</translation>
    </message>
    <message>
        <source>Sweep starting…</source>
        <translation>Sweep starting…</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>Now: %1: %2 requests/s</source>
        <translation>Now: %1: %2 requests/s</translation>
    </message>
    <message>
        <source>Sweep so far: requests/s of each finished cell</source>
        <translation>Sweep so far: requests/s of each finished cell</translation>
    </message>
    <message>
        <source>Sweep: requests/s of each cell</source>
        <translation>Sweep: requests/s of each cell</translation>
    </message>
    <message>
        <source>%1, c = %2: no figures (-), drawn at 0</source>
        <translation>%1, c = %2: no figures (-), drawn at 0</translation>
    </message>
    <message>
        <source>%1, c = %2: no figures (-), drawn at 0: %3</source>
        <translation>%1, c = %2: no figures (-), drawn at 0: %3</translation>
    </message>
    <message>
        <source>%1, c = %2: %3 requests/s (the median of %4 repeats)</source>
        <translation>%1, c = %2: %3 requests/s (the median of %4 repeats)</translation>
    </message>
    <message>
        <source>%1, c = %2: %3 requests/s</source>
        <translation>%1, c = %2: %3 requests/s</translation>
    </message>
    <message>
        <source>%1, c = %2: one repeat, %3 requests/s</source>
        <translation>%1, c = %2: one repeat, %3 requests/s</translation>
    </message>
    <message>
        <source>Concurrency level</source>
        <translation>Concurrency level</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Requests/s</translation>
    </message>
    <message>
        <source>No sweep yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick the targets on the left and press &lt;b&gt;F5&lt;/b&gt; (&lt;b&gt;Run Sweep&lt;/b&gt;). Each target is measured at every concurrency level; each finished cell appears here as a point (its requests/s), and the run in progress below, over its own time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Run Sweep</source>
        <translation>&amp;Run Sweep</translation>
    </message>
    <message>
        <source>&amp;Cancel Sweep</source>
        <translation>&amp;Cancel Sweep</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>&amp;Export report...</translation>
    </message>
    <message>
        <source>Copy &amp;markdown table</source>
        <translation>Copy &amp;markdown table</translation>
    </message>
    <message>
        <source>&amp;Open saved sweep...</source>
        <translation>&amp;Open saved sweep...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About serverbench</source>
        <translation>&amp;About serverbench</translation>
    </message>
    <message>
        <source>Recent s&amp;weeps</source>
        <translation>Recent s&amp;weeps</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Com&amp;pare saved sweeps...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1, c = %2: no figures: %3</source>
        <translation>%1, c = %2: no figures: %3</translation>
    </message>
    <message>
        <source>Sweep started: %1 runs</source>
        <translation>Sweep started: %1 runs</translation>
    </message>
    <message>
        <source>Cancelling the sweep…</source>
        <translation>Cancelling the sweep…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Sweep saved to %1</source>
        <translation>Sweep saved to %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>The sweep could not be saved: %1</source>
        <translation>The sweep could not be saved: %1</translation>
    </message>
    <message>
        <source>Sweep cancelled</source>
        <translation>Sweep cancelled</translation>
    </message>
    <message>
        <source>Sweep finished</source>
        <translation>Sweep finished</translation>
    </message>
    <message>
        <source>A sweep is running</source>
        <translation>A sweep is running</translation>
    </message>
    <message>
        <source>Run Sweep is disabled: %1</source>
        <translation>Run Sweep is disabled: %1</translation>
    </message>
    <message>
        <source>Run every target at every level (F5)</source>
        <translation>Run every target at every level (F5)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>The report could not be written: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Markdown table copied to the clipboard</source>
        <translation>Markdown table copied to the clipboard</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Opened: %1</translation>
    </message>
    <message>
        <source>Open saved sweep</source>
        <translation>Open saved sweep</translation>
    </message>
    <message>
        <source>Saved sweeps (*.json)</source>
        <translation>Saved sweeps (*.json)</translation>
    </message>
    <message>
        <source>(no saved sweeps yet)</source>
        <translation>(no saved sweeps yet)</translation>
    </message>
    <message>
        <source>About serverbench</source>
        <translation>About serverbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;serverbench %1&lt;/h3&gt;&lt;p&gt;HTTP server concurrency workbench: an event-driven server and a thread-per-connection server, measured with ApacheBench&apos;s figures over a sweep of concurrency levels.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;serverbench %1&lt;/h3&gt;&lt;p&gt;HTTP server concurrency workbench: an event-driven server and a thread-per-connection server, measured with ApacheBench&apos;s figures over a sweep of concurrency levels.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancelling the sweep before closing…</source>
        <translation>Cancelling the sweep before closing…</translation>
    </message>
    <message>
        <source>serverbench — HTTP server concurrency workbench</source>
        <translation>serverbench — HTTP server concurrency workbench</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Run Sweep</source>
        <translation>Run Sweep</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Comparison, not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare saved sweeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two or more sweeps to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 saved sweeps: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compared sweeps were not measured alike (%1); the report&apos;s settings are the first sweep&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit serverbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sweep is running. Stop it and quit? The finished runs are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>%1 — %2 req/s, %3 failed, elapsed %4 s, about %5 s left</source>
        <translation>%1 — %2 req/s, %3 failed, elapsed %4 s, about %5 s left</translation>
    </message>
    <message>
        <source>Sweep cancelled after %1 of %2 runs.</source>
        <translation>Sweep cancelled after %1 of %2 runs.</translation>
    </message>
    <message>
        <source>Sweep finished: %1 runs.</source>
        <translation>Sweep finished: %1 runs.</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Runs:</translation>
    </message>
    <message>
        <source>Current run:</source>
        <translation>Current run:</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, concurrency %2, %3 (run %4 of %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sweep run yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run: the sweep was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled (%1 of %2 requests done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeded the run time limit of %1 s (%2 of %3 requests done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request completed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: connect %2, receive %3, length %4, exceptions %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (repeat %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded %1 server did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 already accepts connections before &apos;%3&apos; was launched (another server is running there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch command &apos;%1&apos; did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch command &apos;%1&apos; was killed before %2:%3 accepted connections%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch command &apos;%1&apos; exited with code %2 before %3:%4 accepted connections%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled while waiting for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch command &apos;%1&apos; did not open %2:%3 within %4 s%5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>ab&apos;s &quot;Time per request (mean, across all concurrent requests)&quot;, as in the course report&apos;s table</source>
        <translation>ab&apos;s &quot;Time per request (mean, across all concurrent requests)&quot;, as in the course report&apos;s table</translation>
    </message>
    <message>
        <source>ab&apos;s &quot;Time per request (mean)&quot;, as in the report&apos;s details table</source>
        <translation>ab&apos;s &quot;Time per request (mean)&quot;, as in the report&apos;s details table</translation>
    </message>
    <message>
        <source>CPU the load-testing client used, in % of one core</source>
        <translation>CPU the load-testing client used, in % of one core</translation>
    </message>
    <message>
        <source>No test</source>
        <translation>No test</translation>
    </message>
    <message>
        <source>Concurrency
level</source>
        <translation>Concurrency
level</translation>
    </message>
    <message>
        <source>Time taken
(s)</source>
        <translation>Time taken
(s)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Total transferred
(bytes)</source>
        <translation>Total transferred
(bytes)</translation>
    </message>
    <message>
        <source>Requests
per second</source>
        <translation>Requests
per second</translation>
    </message>
    <message>
        <source>Time per
request (ms)</source>
        <translation>Time per
request (ms)</translation>
    </message>
    <message>
        <source>Transfer rate
(KB/s)</source>
        <translation>Transfer rate
(KB/s)</translation>
    </message>
    <message>
        <source>Non-2xx</source>
        <translation>Non-2xx</translation>
    </message>
    <message>
        <source>Time per request
(mean, ms)</source>
        <translation>Time per request
(mean, ms)</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>p90 (ms)</source>
        <translation>p90 (ms)</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>Client CPU
(%)</source>
        <translation>Client CPU
(%)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Median requests per second over the cell&apos;s repeats; the row shows the median run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% confidence interval of the median (order statistics); with fewer than 6 repeats, the min-max range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient of variation of requests per second over the repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median
requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median&apos;s
95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV
(%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsTableView</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>RunDetailWidget</name>
    <message>
        <source>This run produced no figures.

Reason: %1</source>
        <translation>This run produced no figures.

Reason: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, concurrency %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, concurrency %2</translation>
    </message>
    <message>
        <source>Select a row in the results table to see its full report.</source>
        <translation>Select a row in the results table to see its full report.</translation>
    </message>
</context>
<context>
    <name>RunTimelineChart</name>
    <message>
        <source>Current run</source>
        <translation>Current run</translation>
    </message>
    <message>
        <source>Current run: %1</source>
        <translation>Current run: %1</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Requests/s</translation>
    </message>
    <message>
        <source>Failed requests (total)</source>
        <translation>Failed requests (total)</translation>
    </message>
    <message>
        <source>Elapsed (s)</source>
        <translation>Elapsed (s)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>ServersToolBar</name>
    <message>
        <source>Could not start the %1 server on port %2: %3</source>
        <translation>Could not start the %1 server on port %2: %3</translation>
    </message>
    <message>
        <source>The %1 server listens on %2</source>
        <translation>The %1 server listens on %2</translation>
    </message>
    <message>
        <source>The %1 server stopped</source>
        <translation>The %1 server stopped</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>now %1 (peak %2) · served %3 · bad %4</source>
        <translation>now %1 (peak %2) · served %3 · bad %4</translation>
    </message>
    <message>
        <source>Stop this manually started server (closes its connections). Run Sweep does not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this server by hand, with the port and knobs of the Targets panel, to point a browser, curl or ab at it. Run Sweep does not need it: the sweep starts its own servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual servers (for a browser or ab):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Event-driven: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Thread per connection: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Sweep starts and stops its own servers; these are only for trying a server by hand, e.g. in a browser, with curl or ab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Thread pool: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Loop per core: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepChartsWidget</name>
    <message>
        <source>Logarithmic axes</source>
        <translation>Logarithmic axes</translation>
    </message>
    <message>
        <source>%1, concurrency %2: %3 %4</source>
        <translation>%1, concurrency %2: %3 %4</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sweep yet.&lt;/b&gt; Pick the targets on the left and press &lt;b&gt;F5&lt;/b&gt; (&lt;b&gt;Run Sweep&lt;/b&gt;), or open a saved sweep (File menu). Requests/s and time per request against concurrency appear here, the very charts the report gets.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepConfig</name>
    <message>
        <source>no targets to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no concurrency levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of requests must be at least 1 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concurrency level %1 is greater than the %2 requests (ab refuses c &gt; n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request timeout must be positive (got %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run time limit must be positive (got %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the launch timeout must be positive (got %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pause between runs cannot be negative (got %1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repeats must be between 1 and %1 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum time per cell must be between 0 and 3600 s (got %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cookie &apos;%1&apos; is not name=value (-C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credentials (-A) are not user:password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body or content type (-T) needs -p FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a target has an empty label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target &apos;%1&apos; has an unusable file-name key &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two targets share the key &apos;%1&apos; (labels must differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target &apos;%1&apos;: &apos;%2&apos; is not an http:// URL with a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target &apos;%1&apos;: https needs the qnam engine (--engine qnam)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
