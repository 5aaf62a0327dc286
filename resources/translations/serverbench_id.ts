<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ConfigPanel</name>
    <message>
        <source>Choose at least one target</source>
        <translation>Pilih paling sedikit satu target</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Beban</translation>
    </message>
    <message>
        <source>Concurrency levels:</source>
        <translation>Tingkat konkurensi:</translation>
    </message>
    <message>
        <source>Requests per run (n):</source>
        <translation>Request per pengujian (n):</translation>
    </message>
    <message>
        <source>Keep-alive (HTTP/1.1, like ab -k)</source>
        <translation>Keep-alive (HTTP/1.1, seperti ab -k)</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Mesin:</translation>
    </message>
    <message>
        <source>Socket (ab-equivalent)</source>
        <translation>Socket (setara ab)</translation>
    </message>
    <message>
        <source>QNetworkAccessManager</source>
        <translation>QNetworkAccessManager</translation>
    </message>
    <message>
        <source>Timeout, ab -s (s):</source>
        <translation>Batas waktu, ab -s (detik):</translation>
    </message>
    <message>
        <source>As ab: a run stops when nothing arrives on any connection for this long, and its row shows ab&apos;s message</source>
        <translation>Seperti ab: run berhenti bila tidak ada data yang datang di koneksi mana pun selama ini, dan barisnya menampilkan pesan ab</translation>
    </message>
    <message>
        <source>Don&apos;t stop a run on receive errors (ab -r)</source>
        <translation>Jangan hentikan run saat terjadi galat penerimaan (ab -r)</translation>
    </message>
    <message>
        <source>As ab -r: a connection reset or refused is counted as a failed request and the run goes on</source>
        <translation>Seperti ab -r: koneksi yang di-reset atau ditolak dihitung sebagai request gagal dan run terus berjalan</translation>
    </message>
    <message>
        <source>Comma-separated, one table row per level and target</source>
        <translation>Dipisah koma, satu baris tabel per level dan target</translation>
    </message>
    <message>
        <source>Repeats per level:</source>
        <translation>Ulangan per level:</translation>
    </message>
    <message>
        <source>Each target runs this many times at each level, the targets taking turns; the table shows the median run, the spread and a verdict come from all of them</source>
        <translation>Setiap target dijalankan sebanyak ini di setiap level, target bergiliran; tabel menampilkan run median, sebaran dan kesimpulan dihitung dari semuanya</translation>
    </message>
</context>
<context>
    <name>EmbeddedTargetEditor</name>
    <message>
        <source>Port %1 is in use: %2</source>
        <translation>Port %1 sedang dipakai: %2</translation>
    </message>
    <message>
        <source>Event-driven (QTcpServer)</source>
        <translation>Berbasis event (QTcpServer)</translation>
    </message>
    <message>
        <source>Thread per connection (QThread)</source>
        <translation>Satu thread per koneksi (QThread)</translation>
    </message>
    <message>
        <source>Port (0 = any free):</source>
        <translation>Port (0 = bebas mana saja):</translation>
    </message>
    <message>
        <source>Response body (bytes):</source>
        <translation>Body respons (byte):</translation>
    </message>
    <message>
        <source>default page</source>
        <translation>halaman bawaan</translation>
    </message>
    <message>
        <source>Size of the generated body GET / answers; &quot;default page&quot; keeps the course server&apos;s page</source>
        <translation>Ukuran body buatan yang dijawab GET /; &quot;halaman bawaan&quot; memakai halaman server praktikum</translation>
    </message>
    <message>
        <source>Work per request (µs):</source>
        <translation>Kerja per request (µs):</translation>
    </message>
    <message>
        <source>Busy CPU work the server does for each request, in the serving thread</source>
        <translation>Kerja CPU yang dilakukan server untuk setiap request, di thread yang melayaninya</translation>
    </message>
</context>
<context>
    <name>ExternalTargetsEditor</name>
    <message>
        <source>external%1</source>
        <translation>eksternal%1</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a valid http:// URL</source>
        <translation>Baris %1: &quot;%2&quot; bukan URL http:// yang valid</translation>
    </message>
    <message>
        <source>Row %1: a label cannot contain &quot;/&quot; (it names the report&apos;s files)</source>
        <translation>Baris %1: label tidak boleh berisi &quot;/&quot; (label menjadi nama berkas laporan)</translation>
    </message>
    <message>
        <source>Row %1: label &quot;%2&quot; is used twice</source>
        <translation>Baris %1: label &quot;%2&quot; dipakai dua kali</translation>
    </message>
    <message>
        <source>External targets (any HTTP/1.x URL):</source>
        <translation>Target eksternal (URL HTTP/1.x apa saja):</translation>
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
        <translation>Perintah peluncur</translation>
    </message>
    <message>
        <source>Optional: a command that starts the server before its runs</source>
        <translation>Opsional: perintah yang menjalankan server sebelum pengujiannya</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
</context>
<context>
    <name>LiveChart</name>
    <message>
        <source>No figures (-), drawn at 0</source>
        <translation>Tanpa angka (-), digambar di 0</translation>
    </message>
    <message>
        <source>Each repeat</source>
        <translation>Tiap ulangan</translation>
    </message>
    <message>
        <source>Run in progress</source>
        <translation>Pengujian yang berjalan</translation>
    </message>
    <message>
        <source>@yPoint requests/s</source>
        <translation>@yPoint request/detik</translation>
    </message>
    <message>
        <source>%1, c = %2, warm-up (not counted)</source>
        <translation>%1, c = %2, pemanasan (tidak dihitung)</translation>
    </message>
    <message>
        <source>%1, c = %2, repeat %3 of %4</source>
        <translation>%1, c = %2, ulangan %3 dari %4</translation>
    </message>
    <message>
        <source>%1, c = %2</source>
        <translation>%1, c = %2</translation>
    </message>
    <message>
        <source>No sweep yet: Run Sweep draws each finished cell here.</source>
        <translation>Belum ada sweep: Jalankan Sweep, lalu setiap sel yang selesai digambar di sini.</translation>
    </message>
    <message>
        <source>Sweep finished: %1 cells, %2 without figures (-)</source>
        <translation>Sweep selesai: %1 sel, %2 tanpa angka (-)</translation>
    </message>
    <message>
        <source>Sweep cancelled: %1 cells, %2 without figures (-)</source>
        <translation>Sweep dibatalkan: %1 sel, %2 tanpa angka (-)</translation>
    </message>
    <message>
        <source>Sweep starting…</source>
        <translation>Sweep dimulai…</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Sekarang: %1</translation>
    </message>
    <message>
        <source>Now: %1: %2 requests/s</source>
        <translation>Sekarang: %1: %2 request/detik</translation>
    </message>
    <message>
        <source>Sweep so far: requests/s of each finished cell</source>
        <translation>Sweep sejauh ini: request/detik tiap sel yang selesai</translation>
    </message>
    <message>
        <source>Sweep: requests/s of each cell</source>
        <translation>Sweep: request/detik tiap sel</translation>
    </message>
    <message>
        <source>%1, c = %2: no figures (-), drawn at 0</source>
        <translation>%1, c = %2: tidak ada angka (-), digambar di 0</translation>
    </message>
    <message>
        <source>%1, c = %2: no figures (-), drawn at 0: %3</source>
        <translation>%1, c = %2: tidak ada angka (-), digambar di 0: %3</translation>
    </message>
    <message>
        <source>%1, c = %2: %3 requests/s (the median of %4 repeats)</source>
        <translation>%1, c = %2: %3 request/detik (median dari %4 ulangan)</translation>
    </message>
    <message>
        <source>%1, c = %2: %3 requests/s</source>
        <translation>%1, c = %2: %3 request/detik</translation>
    </message>
    <message>
        <source>%1, c = %2: one repeat, %3 requests/s</source>
        <translation>%1, c = %2: satu ulangan, %3 request/detik</translation>
    </message>
    <message>
        <source>Concurrency level</source>
        <translation>Tingkat konkurensi</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Request/detik</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Run Sweep</source>
        <translation>&amp;Jalankan Sweep</translation>
    </message>
    <message>
        <source>&amp;Cancel Sweep</source>
        <translation>&amp;Batalkan Sweep</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>&amp;Ekspor laporan...</translation>
    </message>
    <message>
        <source>Copy &amp;markdown table</source>
        <translation>Salin tabel &amp;markdown</translation>
    </message>
    <message>
        <source>&amp;Open saved sweep...</source>
        <translation>&amp;Buka sweep tersimpan...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;About serverbench</source>
        <translation>&amp;Tentang serverbench</translation>
    </message>
    <message>
        <source>Recent s&amp;weeps</source>
        <translation>S&amp;weep terbaru</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1, c = %2: no figures: %3</source>
        <translation>%1, c = %2: tidak ada angka: %3</translation>
    </message>
    <message>
        <source>Sweep started: %1 runs</source>
        <translation>Sweep dimulai: %1 pengujian</translation>
    </message>
    <message>
        <source>Cancelling the sweep…</source>
        <translation>Membatalkan sweep…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Sweep saved to %1</source>
        <translation>Sweep disimpan ke %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>The sweep could not be saved: %1</source>
        <translation>Sweep tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Sweep cancelled</source>
        <translation>Sweep dibatalkan</translation>
    </message>
    <message>
        <source>Sweep finished</source>
        <translation>Sweep selesai</translation>
    </message>
    <message>
        <source>A sweep is running</source>
        <translation>Sebuah sweep sedang berjalan</translation>
    </message>
    <message>
        <source>Run Sweep is disabled: %1</source>
        <translation>Jalankan Sweep dinonaktifkan: %1</translation>
    </message>
    <message>
        <source>Run every target at every level (F5)</source>
        <translation>Uji setiap target pada setiap tingkat (F5)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Laporan ditulis ke %1</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Laporan tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>Export the report into</source>
        <translation>Ekspor laporan ke</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <source>Markdown table copied to the clipboard</source>
        <translation>Tabel markdown disalin ke papan klip</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Dibuka: %1</translation>
    </message>
    <message>
        <source>Open saved sweep</source>
        <translation>Buka sweep tersimpan</translation>
    </message>
    <message>
        <source>Saved sweeps (*.json)</source>
        <translation>Sweep tersimpan (*.json)</translation>
    </message>
    <message>
        <source>(no saved sweeps yet)</source>
        <translation>(belum ada sweep tersimpan)</translation>
    </message>
    <message>
        <source>About serverbench</source>
        <translation>Tentang serverbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;serverbench %1&lt;/h3&gt;&lt;p&gt;HTTP server concurrency workbench: an event-driven server and a thread-per-connection server, measured with ApacheBench&apos;s figures over a sweep of concurrency levels.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;serverbench %1&lt;/h3&gt;&lt;p&gt;Meja kerja konkurensi server HTTP: server berbasis event dan server satu-thread-per-koneksi, diukur dengan angka-angka ApacheBench pada serangkaian tingkat konkurensi.&lt;/p&gt;&lt;p&gt;Dibangun dengan Qt %2 (berjalan di Qt %3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancelling the sweep before closing…</source>
        <translation>Membatalkan sweep sebelum menutup…</translation>
    </message>
    <message>
        <source>serverbench — HTTP server concurrency workbench</source>
        <translation>serverbench — meja kerja konkurensi server HTTP</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Run Sweep</source>
        <translation>Jalankan Sweep</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>%1 — %2 req/s, %3 failed, elapsed %4 s, about %5 s left</source>
        <translation>%1 — %2 request/detik, %3 gagal, berjalan %4 detik, sisa sekitar %5 detik</translation>
    </message>
    <message>
        <source>Sweep cancelled after %1 of %2 runs.</source>
        <translation>Sweep dibatalkan setelah %1 dari %2 pengujian.</translation>
    </message>
    <message>
        <source>Sweep finished: %1 runs.</source>
        <translation>Sweep selesai: %1 pengujian.</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Pengujian:</translation>
    </message>
    <message>
        <source>Current run:</source>
        <translation>Pengujian ini:</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>pemanasan</translation>
    </message>
    <message>
        <source>repeat %1 of %2</source>
        <translation>ulangan %1 dari %2</translation>
    </message>
    <message>
        <source>%1, concurrency %2, %3 (run %4 of %5)</source>
        <translation>%1, konkurensi %2, %3 (run %4 dari %5)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>ab&apos;s &quot;Time per request (mean, across all concurrent requests)&quot;, as in the course report&apos;s table</source>
        <translation>&quot;Time per request (mean, across all concurrent requests)&quot; dari ab, seperti pada tabel laporan asli</translation>
    </message>
    <message>
        <source>ab&apos;s &quot;Time per request (mean)&quot;, as in the report&apos;s details table</source>
        <translation>&quot;Time per request (mean)&quot; dari ab, seperti pada tabel rincian laporan</translation>
    </message>
    <message>
        <source>CPU the load-testing client used, in % of one core</source>
        <translation>CPU yang dipakai klien pengujian beban, dalam % dari satu core</translation>
    </message>
    <message>
        <source>No test</source>
        <translation>No test</translation>
    </message>
    <message>
        <source>Concurrency
level</source>
        <translation>Tingkat
konkurensi</translation>
    </message>
    <message>
        <source>Time taken
(s)</source>
        <translation>Waktu uji
(detik)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Total transferred
(bytes)</source>
        <translation>Total ditransfer
(byte)</translation>
    </message>
    <message>
        <source>Requests
per second</source>
        <translation>Request
per detik</translation>
    </message>
    <message>
        <source>Time per
request (ms)</source>
        <translation>Waktu per
request (ms)</translation>
    </message>
    <message>
        <source>Transfer rate
(KB/s)</source>
        <translation>Laju transfer
(KB/detik)</translation>
    </message>
    <message>
        <source>Non-2xx</source>
        <translation>Non-2xx</translation>
    </message>
    <message>
        <source>Time per request
(mean, ms)</source>
        <translation>Waktu per request
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
        <translation>CPU klien
(%)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Median requests per second over the cell&apos;s repeats; the row shows the median run</source>
        <translation>Median request per second dari semua ulangan sel; baris menampilkan run median</translation>
    </message>
    <message>
        <source>95% confidence interval of the median (order statistics); with fewer than 6 repeats, the min-max range</source>
        <translation>Selang kepercayaan 95% untuk median (statistik urutan); dengan kurang dari 6 ulangan, rentang min-maks</translation>
    </message>
    <message>
        <source>Coefficient of variation of requests per second over the repeats</source>
        <translation>Koefisien variasi request per second dari semua ulangan</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Ulangan</translation>
    </message>
    <message>
        <source>Median
requests/s</source>
        <translation>Median
request/s</translation>
    </message>
    <message>
        <source>Median&apos;s
95% CI</source>
        <translation>95% CI
median</translation>
    </message>
    <message>
        <source>CV
(%)</source>
        <translation>CV
(%)</translation>
    </message>
</context>
<context>
    <name>ResultsTableView</name>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
</context>
<context>
    <name>RunDetailWidget</name>
    <message>
        <source>This run produced no figures.

Reason: %1</source>
        <translation>Pengujian ini tidak menghasilkan angka.

Alasan: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, concurrency %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, konkurensi %2</translation>
    </message>
    <message>
        <source>Select a row in the results table to see its full report.</source>
        <translation>Pilih satu baris di tabel hasil untuk melihat laporan lengkapnya.</translation>
    </message>
</context>
<context>
    <name>RunTimelineChart</name>
    <message>
        <source>Current run</source>
        <translation>Pengujian saat ini</translation>
    </message>
    <message>
        <source>Current run: %1</source>
        <translation>Pengujian saat ini: %1</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Request/detik</translation>
    </message>
    <message>
        <source>Failed requests (total)</source>
        <translation>Request gagal (total)</translation>
    </message>
    <message>
        <source>Elapsed (s)</source>
        <translation>Waktu berjalan (detik)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
</context>
<context>
    <name>ServersToolBar</name>
    <message>
        <source>Could not start the %1 server on port %2: %3</source>
        <translation>Server %1 tidak dapat dijalankan di port %2: %3</translation>
    </message>
    <message>
        <source>The %1 server listens on %2</source>
        <translation>Server %1 mendengarkan di %2</translation>
    </message>
    <message>
        <source>The %1 server stopped</source>
        <translation>Server %1 berhenti</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Stop this embedded server (closes its connections)</source>
        <translation>Hentikan server bawaan ini (menutup koneksinya)</translation>
    </message>
    <message>
        <source>Start this embedded server with the port and knobs of the Targets panel</source>
        <translation>Jalankan server bawaan ini dengan port dan pengaturan dari panel Target</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>berhenti</translation>
    </message>
    <message>
        <source>now %1 (peak %2) · served %3 · bad %4</source>
        <translation>kini %1 (puncak %2) · dilayani %3 · rusak %4</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source> Event-driven server: </source>
        <translation> Server berbasis event: </translation>
    </message>
    <message>
        <source> Thread-per-connection server: </source>
        <translation> Server thread-per-koneksi: </translation>
    </message>
</context>
<context>
    <name>SweepChartsWidget</name>
    <message>
        <source>Logarithmic axes</source>
        <translation>Sumbu logaritmik</translation>
    </message>
    <message>
        <source>%1, concurrency %2: %3 %4</source>
        <translation>%1, konkurensi %2: %3 %4</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>request/s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
</TS>
