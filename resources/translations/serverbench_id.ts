<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AddTargetDialog</name>
    <message>
        <source>Add external target</source>
        <translation>Tambah target eksternal</translation>
    </message>
    <message>
        <source>A label cannot contain &quot;/&quot; (it names the report&apos;s files)</source>
        <translation>Label tidak boleh memuat &quot;/&quot; (label menamai berkas laporan)</translation>
    </message>
    <message>
        <source>Another target is labelled &quot;%1&quot;: labels must differ</source>
        <translation>Target lain berlabel &quot;%1&quot;: label harus berbeda</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL, e.g. http://127.0.0.1:8080/</source>
        <translation>Masukkan URL server, mis. http://127.0.0.1:8080/</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid http:// URL</source>
        <translation>&quot;%1&quot; bukan URL http:// yang sah</translation>
    </message>
    <message>
        <source>Edit external target</source>
        <translation>Ubah target eksternal</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot;</source>
        <translation>Tidak ada folder &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A working directory needs a launch command to start in it</source>
        <translation>Direktori kerja memerlukan perintah peluncuran yang dijalankan di dalamnya</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Coba</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Direktori kerja</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>Starting the launch command and waiting for its port (at most %1 s)…</source>
        <translation>Menjalankan perintah peluncuran dan menunggu port-nya (paling lama %1 dtk)…</translation>
    </message>
    <message>
        <source>Sending GET %1…</source>
        <translation>Mengirim GET %1…</translation>
    </message>
    <message>
        <source>Stopping the launch command…</source>
        <translation>Menghentikan perintah peluncuran…</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 dalam %2 ms</translation>
    </message>
    <message>
        <source>Connected in %1 ms, header %2 ms after the request, whole response in %3 ms (body: %4 bytes)</source>
        <translation>Terhubung dalam %1 ms, header %2 ms setelah request, seluruh respons dalam %3 ms (body: %4 byte)</translation>
    </message>
    <message>
        <source>(the body had not ended when the probe stopped reading)</source>
        <translation>(body belum selesai saat pengujian berhenti membaca)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Gagal: %1</translation>
    </message>
    <message>
        <source>The launch command (pid %1) accepted connections after %2 ms and has been stopped again.</source>
        <translation>Perintah peluncuran (pid %1) menerima koneksi setelah %2 ms dan sudah dihentikan lagi.</translation>
    </message>
    <message>
        <source>Output of the launch command:</source>
        <translation>Keluaran perintah peluncuran:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>e.g. python-async (empty: the URL&apos;s host:port)</source>
        <translation>mis. python-async (kosong: host:port dari URL)</translation>
    </message>
    <message>
        <source>Names the target&apos;s rows, charts and files in the report</source>
        <translation>Menamai baris, grafik, dan berkas target ini di laporan</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Launch &amp;command:</source>
        <translation>&amp;Perintah peluncuran:</translation>
    </message>
    <message>
        <source>optional, e.g. exec python3 server_async_http.py 8080</source>
        <translation>opsional, mis. exec python3 server_async_http.py 8080</translation>
    </message>
    <message>
        <source>Optional. Run with /bin/sh -c before the target&apos;s runs and stopped after them; the sweep waits until the URL&apos;s port accepts. Leave it empty for a server that is already running.</source>
        <translation>Opsional. Dijalankan dengan /bin/sh -c sebelum pengujian target ini dan dihentikan sesudahnya; sweep menunggu sampai port URL menerima koneksi. Kosongkan untuk server yang sudah berjalan.</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>&amp;Direktori kerja:</translation>
    </message>
    <message>
        <source>optional: the folder the command starts in</source>
        <translation>opsional: folder tempat perintah dijalankan</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Start the launch command, send one GET to the URL, show the answer, then stop the command</source>
        <translation>Jalankan perintah peluncuran, kirim satu GET ke URL, tampilkan jawabannya, lalu hentikan perintahnya</translation>
    </message>
    <message>
        <source>Try it shows the server&apos;s status line, headers and response time here.</source>
        <translation>Tombol Coba menampilkan baris status, header, dan waktu respons server di sini.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Cannot compare %1: %2</source>
        <translation>Tidak dapat membandingkan %1: %2</translation>
    </message>
    <message>
        <source>Add a saved sweep</source>
        <translation>Tambah sweep tersimpan</translation>
    </message>
    <message>
        <source>Saved sweeps (*.json)</source>
        <translation>Sweep tersimpan (*.json)</translation>
    </message>
    <message>
        <source>Check two or more sweeps to compare them</source>
        <translation>Centang dua sweep atau lebih untuk membandingkannya</translation>
    </message>
    <message>
        <source>Compare saved sweeps</source>
        <translation>Bandingkan sweep tersimpan</translation>
    </message>
    <message>
        <source>Check two or more &amp;sweeps to overlay them in the results table, the charts and the report. Each target is named after its sweep: its title, or when it started.</source>
        <translation>Centang dua &amp;sweep atau lebih untuk menumpuknya di tabel hasil, grafik, dan laporan. Setiap target dinamai menurut sweep-nya: judulnya, atau waktu mulainya.</translation>
    </message>
    <message>
        <source>&amp;Add file...</source>
        <translation>&amp;Tambah berkas...</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Bandingkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (tidak dapat dibaca)</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (dibatalkan)</translation>
    </message>
    <message>
        <source>No saved sweeps yet: every sweep you run is saved, or add a file.</source>
        <translation>Belum ada sweep tersimpan: setiap sweep yang Anda jalankan disimpan, atau tambahkan berkas.</translation>
    </message>
</context>
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
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>e.g. Tugas Pemrograman Jaringan 9</source>
        <translation>mis. Tugas Pemrograman Jaringan 9</translation>
    </message>
    <message>
        <source>The markdown report&apos;s heading; empty: a default heading</source>
        <translation>Judul laporan markdown; kosong: judul bawaan</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Penulis:</translation>
    </message>
    <message>
        <source>Your name and student number</source>
        <translation>Nama dan NIM Anda</translation>
    </message>
    <message>
        <source>Written under the report&apos;s heading</source>
        <translation>Ditulis di bawah judul laporan</translation>
    </message>
    <message>
        <source>Locust cluster (--locust-workers)</source>
        <translation>Klaster Locust (--locust-workers)</translation>
    </message>
    <message>
        <source>Locust workers:</source>
        <translation>Worker Locust:</translation>
    </message>
    <message>
        <source>As --locust-workers: started here on loopback, or, with a master bind, the remote workers to wait for</source>
        <translation>Seperti --locust-workers: dijalankan di sini pada loopback, atau, dengan master bind, jumlah worker jarak jauh yang ditunggu</translation>
    </message>
    <message>
        <source>Master bind:</source>
        <translation>Master bind:</translation>
    </message>
    <message>
        <source>HOST:PORT, empty = local only</source>
        <translation>HOST:PORT, kosong = hanya lokal</translation>
    </message>
    <message>
        <source>As --locust-master-bind: the master listens there and waits for remote workers; the log shows the command to start them with</source>
        <translation>Seperti --locust-master-bind: master mendengarkan di sana dan menunggu worker jarak jauh; log menampilkan perintah untuk menjalankannya</translation>
    </message>
    <message>
        <source>Worker wait (s):</source>
        <translation>Tunggu worker (detik):</translation>
    </message>
    <message>
        <source>As --locust-wait: a run fails when the workers have not all connected by then</source>
        <translation>Seperti --locust-wait: pengujian gagal bila belum semua worker terhubung sampai saat itu</translation>
    </message>
</context>
<context>
    <name>EmbeddedModelsIntro</name>
    <message>
        <source>&lt;p&gt;The four embedded servers differ only in their concurrency model:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Event-driven&lt;/b&gt;: one QTcpServer event loop serves every connection.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Thread per connection&lt;/b&gt;: one QThread per connection.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Thread pool&lt;/b&gt;: a fixed set of worker threads, each serving one connection at a time; past the pool, clients wait for a free worker.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Loop per core&lt;/b&gt;: one event loop per core, each with its own listening socket on the same port (SO_REUSEPORT).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Keempat server bawaan hanya berbeda model konkurensinya:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Event-driven&lt;/b&gt;: satu event loop QTcpServer melayani semua koneksi.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Thread per koneksi&lt;/b&gt;: satu QThread untuk setiap koneksi.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kumpulan thread&lt;/b&gt;: sejumlah tetap thread pekerja, masing-masing melayani satu koneksi pada satu waktu; melebihi jumlah itu, klien menunggu pekerja yang bebas.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Loop per core&lt;/b&gt;: satu event loop per core, masing-masing dengan socket pendengar sendiri pada port yang sama (SO_REUSEPORT).&lt;/li&gt;&lt;/ul&gt;</translation>
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
    <message>
        <source>Thread pool (fixed workers, blocking I/O)</source>
        <translation>Kumpulan thread (pekerja tetap, I/O blocking)</translation>
    </message>
    <message>
        <source>Worker threads:</source>
        <translation>Thread pekerja:</translation>
    </message>
    <message>
        <source>default (%1, cores × 2)</source>
        <translation>bawaan (%1, jumlah core × 2)</translation>
    </message>
    <message>
        <source>Each worker serves one connection at a time; more clients than workers wait in the accept queue</source>
        <translation>Setiap pekerja melayani satu koneksi pada satu waktu; klien yang melebihi jumlah pekerja menunggu di antrean accept</translation>
    </message>
    <message>
        <source>Event loop per core (SO_REUSEPORT)</source>
        <translation>Event loop per core (SO_REUSEPORT)</translation>
    </message>
    <message>
        <source>Event loops:</source>
        <translation>Event loop:</translation>
    </message>
    <message>
        <source>default (%1, one per core)</source>
        <translation>bawaan (%1, satu per core)</translation>
    </message>
    <message>
        <source>Each loop has its own listening socket on the same port and its own connections</source>
        <translation>Setiap loop memiliki socket listen sendiri pada port yang sama dan koneksinya sendiri</translation>
    </message>
</context>
<context>
    <name>ExportFolderDialog</name>
    <message>
        <source>Export the report into</source>
        <translation>Ekspor laporan ke</translation>
    </message>
    <message>
        <source>&amp;Export Here</source>
        <translation>&amp;Ekspor di Sini</translation>
    </message>
    <message>
        <source>Folder (created if missing):</source>
        <translation>Folder (dibuat bila belum ada):</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 adalah berkas, bukan folder.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
</context>
<context>
    <name>ExternalTarget</name>
    <message>
        <source>the launch command is empty</source>
        <translation>perintah peluncuran kosong</translation>
    </message>
    <message>
        <source>the launch command is not a valid shell command line (%1)</source>
        <translation>perintah peluncuran bukan baris perintah shell yang sah (%1)</translation>
    </message>
    <message>
        <source>launch command &quot;%1&quot; not found (not a shell builtin or a program on PATH)</source>
        <translation>perintah peluncuran &quot;%1&quot; tidak ditemukan (bukan builtin shell maupun program di PATH)</translation>
    </message>
</context>
<context>
    <name>ExternalTargetsEditor</name>
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
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Add a target: its URL, an optional launch command, and a test fetch</source>
        <translation>Tambah target: URL-nya, perintah peluncuran opsional, dan satu pengambilan uji</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
</context>
<context>
    <name>LevelList</name>
    <message>
        <source>Concurrency level %1 must be at least 1</source>
        <translation>Tingkat konkurensi %1 harus paling sedikit 1</translation>
    </message>
    <message>
        <source>Concurrency level %1 is above ab&apos;s limit of %2</source>
        <translation>Tingkat konkurensi %1 melebihi batas ab, yaitu %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number: enter levels like 1, 5, 10</source>
        <translation>&quot;%1&quot; bukan bilangan bulat: masukkan tingkat seperti 1, 5, 10</translation>
    </message>
    <message>
        <source>Enter at least one concurrency level, e.g. 1, 5, 10</source>
        <translation>Masukkan paling sedikit satu tingkat konkurensi, mis. 1, 5, 10</translation>
    </message>
    <message>
        <source>Concurrency level %1 is greater than requests per run (%2)</source>
        <translation>Tingkat konkurensi %1 lebih besar daripada request per pengujian (%2)</translation>
    </message>
    <message>
        <source>Concurrency level %1 is listed twice</source>
        <translation>Tingkat konkurensi %1 tercantum dua kali</translation>
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
    <message>
        <source>No sweep yet</source>
        <translation>Belum ada sweep</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick the targets on the left and press &lt;b&gt;F5&lt;/b&gt; (&lt;b&gt;Run Sweep&lt;/b&gt;). Each target is measured at every concurrency level; each finished cell appears here as a point (its requests/s), and the run in progress below, over its own time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pilih target di sebelah kiri lalu tekan &lt;b&gt;F5&lt;/b&gt; (&lt;b&gt;Jalankan Sweep&lt;/b&gt;). Setiap target diukur pada setiap tingkat konkurensi; setiap sel yang selesai muncul di sini sebagai titik (request/dtk-nya), dan pengujian yang sedang berjalan di bawah, menurut waktunya sendiri.&lt;/p&gt;</translation>
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
    <message>
        <source>Com&amp;pare saved sweeps...</source>
        <translation>&amp;Bandingkan sweep tersimpan...</translation>
    </message>
    <message>
        <source>L&amp;ive</source>
        <translation>Langsu&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Grafik</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>&amp;Log</translation>
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
    <message>
        <source>Comparison, not saved: %1</source>
        <translation>Perbandingan, tidak disimpan: %1</translation>
    </message>
    <message>
        <source>Compare saved sweeps</source>
        <translation>Bandingkan sweep tersimpan</translation>
    </message>
    <message>
        <source>Choose two or more sweeps to compare</source>
        <translation>Pilih dua sweep atau lebih untuk dibandingkan</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Tidak dapat membuka %1</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Perbandingan: %1</translation>
    </message>
    <message>
        <source>Comparing %1 saved sweeps: %2</source>
        <translation>Membandingkan %1 sweep tersimpan: %2</translation>
    </message>
    <message>
        <source>The compared sweeps were not measured alike (%1); the report&apos;s settings are the first sweep&apos;s</source>
        <translation>Sweep yang dibandingkan tidak diukur dengan cara yang sama (%1); pengaturan di laporan adalah milik sweep pertama</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (tidak dapat dibaca)</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (dibatalkan)</translation>
    </message>
    <message>
        <source>Quit serverbench</source>
        <translation>Keluar dari serverbench</translation>
    </message>
    <message>
        <source>A sweep is running. Stop it and quit? The finished runs are saved.</source>
        <translation>Sebuah sweep sedang berjalan. Hentikan dan keluar? Pengujian yang sudah selesai disimpan.</translation>
    </message>
    <message>
        <source>&amp;Stop and quit</source>
        <translation>&amp;Hentikan dan keluar</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Tetap berjalan</translation>
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
    <message>
        <source>No sweep run yet</source>
        <translation>Belum ada sweep yang dijalankan</translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>not started: %1</source>
        <translation>tidak dimulai: %1</translation>
    </message>
    <message>
        <source>not run: the sweep was cancelled</source>
        <translation>tidak dijalankan: sweep dibatalkan</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>cancelled (%1 of %2 requests done)</source>
        <translation>dibatalkan (%1 dari %2 request selesai)</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 repeats</source>
        <translation>dibatalkan setelah %1 dari %2 ulangan</translation>
    </message>
    <message>
        <source>exceeded the run time limit of %1 s (%2 of %3 requests done)</source>
        <translation>melewati batas waktu pengujian %1 dtk (%2 dari %3 request selesai)</translation>
    </message>
    <message>
        <source>no request completed (%1)</source>
        <translation>tidak ada request yang selesai (%1)</translation>
    </message>
    <message>
        <source>no request completed: %1</source>
        <translation>tidak ada request yang selesai: %1</translation>
    </message>
    <message>
        <source>%1 failed: connect %2, receive %3, length %4, exceptions %5</source>
        <translation>%1 gagal: connect %2, receive %3, length %4, exceptions %5</translation>
    </message>
    <message>
        <source>%1 (repeat %2 of %3)</source>
        <translation>%1 (ulangan %2 dari %3)</translation>
    </message>
    <message>
        <source>the embedded %1 server did not start: %2</source>
        <translation>server bawaan %1 tidak dapat dimulai: %2</translation>
    </message>
    <message>
        <source>%1:%2 already accepts connections before &apos;%3&apos; was launched (another server is running there)</source>
        <translation>%1:%2 sudah menerima koneksi sebelum &apos;%3&apos; diluncurkan (ada server lain yang berjalan di sana)</translation>
    </message>
    <message>
        <source>launch command &apos;%1&apos; did not start: %2</source>
        <translation>perintah peluncuran &apos;%1&apos; tidak dapat dimulai: %2</translation>
    </message>
    <message>
        <source>launch command &apos;%1&apos; was killed before %2:%3 accepted connections%4</source>
        <translation>perintah peluncuran &apos;%1&apos; dimatikan sebelum %2:%3 menerima koneksi%4</translation>
    </message>
    <message>
        <source>launch command &apos;%1&apos; exited with code %2 before %3:%4 accepted connections%5</source>
        <translation>perintah peluncuran &apos;%1&apos; keluar dengan kode %2 sebelum %3:%4 menerima koneksi%5</translation>
    </message>
    <message>
        <source>cancelled while waiting for &apos;%1&apos;</source>
        <translation>dibatalkan saat menunggu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>launch command &apos;%1&apos; did not open %2:%3 within %4 s%5</source>
        <translation>perintah peluncuran &apos;%1&apos; tidak membuka %2:%3 dalam %4 dtk%5</translation>
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
        <source>stopped</source>
        <translation>berhenti</translation>
    </message>
    <message>
        <source>now %1 (peak %2) · served %3 · bad %4</source>
        <translation>kini %1 (puncak %2) · dilayani %3 · rusak %4</translation>
    </message>
    <message>
        <source>Stop this manually started server (closes its connections). Run Sweep does not use it.</source>
        <translation>Hentikan server yang dijalankan manual ini (menutup koneksinya). Jalankan Sweep tidak memakainya.</translation>
    </message>
    <message>
        <source>Start this server by hand, with the port and knobs of the Targets panel, to point a browser, curl or ab at it. Run Sweep does not need it: the sweep starts its own servers.</source>
        <translation>Jalankan server ini secara manual, dengan port dan pengaturan dari panel Target, untuk dicoba dengan browser, curl, atau ab. Jalankan Sweep tidak memerlukannya: sweep memulai server-nya sendiri.</translation>
    </message>
    <message>
        <source>Manual servers</source>
        <translation>Server manual</translation>
    </message>
    <message>
        <source>Manual servers (for a browser or ab):</source>
        <translation>Server manual (untuk browser atau ab):</translation>
    </message>
    <message>
        <source> Event-driven: </source>
        <translation> Event-driven: </translation>
    </message>
    <message>
        <source> Thread per connection: </source>
        <translation> Thread per koneksi: </translation>
    </message>
    <message>
        <source>Run Sweep starts and stops its own servers; these are only for trying a server by hand, e.g. in a browser, with curl or ab.</source>
        <translation>Jalankan Sweep memulai dan menghentikan server-nya sendiri; server-server ini hanya untuk mencoba server secara manual, mis. di browser, dengan curl, atau ab.</translation>
    </message>
    <message>
        <source> Thread pool: </source>
        <translation> Kumpulan thread: </translation>
    </message>
    <message>
        <source> Loop per core: </source>
        <translation> Loop per core: </translation>
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
    <message>
        <source>&lt;p&gt;&lt;b&gt;No sweep yet.&lt;/b&gt; Pick the targets on the left and press &lt;b&gt;F5&lt;/b&gt; (&lt;b&gt;Run Sweep&lt;/b&gt;), or open a saved sweep (File menu). Requests/s and time per request against concurrency appear here, the very charts the report gets.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Belum ada sweep.&lt;/b&gt; Pilih target di sebelah kiri lalu tekan &lt;b&gt;F5&lt;/b&gt; (&lt;b&gt;Jalankan Sweep&lt;/b&gt;), atau buka sweep tersimpan (menu Berkas). Request/dtk dan waktu per request terhadap konkurensi muncul di sini, grafik yang sama dengan yang masuk ke laporan.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SweepConfig</name>
    <message>
        <source>no targets to measure</source>
        <translation>tidak ada target untuk diukur</translation>
    </message>
    <message>
        <source>no concurrency levels</source>
        <translation>tidak ada tingkat konkurensi</translation>
    </message>
    <message>
        <source>the number of requests must be at least 1 (got %1)</source>
        <translation>jumlah request harus paling sedikit 1 (diberikan %1)</translation>
    </message>
    <message>
        <source>concurrency level %1 is greater than the %2 requests (ab refuses c &gt; n)</source>
        <translation>tingkat konkurensi %1 lebih besar daripada %2 request (ab menolak c &gt; n)</translation>
    </message>
    <message>
        <source>the request timeout must be positive (got %1 s)</source>
        <translation>batas waktu request harus positif (diberikan %1 dtk)</translation>
    </message>
    <message>
        <source>the run time limit must be positive (got %1 s)</source>
        <translation>batas waktu pengujian harus positif (diberikan %1 dtk)</translation>
    </message>
    <message>
        <source>the launch timeout must be positive (got %1 s)</source>
        <translation>batas waktu peluncuran harus positif (diberikan %1 dtk)</translation>
    </message>
    <message>
        <source>the pause between runs cannot be negative (got %1 ms)</source>
        <translation>jeda antarpengujian tidak boleh negatif (diberikan %1 ms)</translation>
    </message>
    <message>
        <source>the repeats must be between 1 and %1 (got %2)</source>
        <translation>jumlah ulangan harus antara 1 dan %1 (diberikan %2)</translation>
    </message>
    <message>
        <source>the minimum time per cell must be between 0 and 3600 s (got %1 s)</source>
        <translation>waktu minimum per sel harus antara 0 dan 3600 dtk (diberikan %1 dtk)</translation>
    </message>
    <message>
        <source>the cookie &apos;%1&apos; is not name=value (-C)</source>
        <translation>cookie &apos;%1&apos; bukan nama=nilai (-C)</translation>
    </message>
    <message>
        <source>the credentials (-A) are not user:password</source>
        <translation>kredensial (-A) bukan user:password</translation>
    </message>
    <message>
        <source>a body or content type (-T) needs -p FILE</source>
        <translation>body atau content type (-T) memerlukan -p BERKAS</translation>
    </message>
    <message>
        <source>a target has an empty label</source>
        <translation>ada target dengan label kosong</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; has an unusable file-name key &apos;%2&apos;</source>
        <translation>target &apos;%1&apos; memiliki kunci nama berkas yang tidak dapat dipakai &apos;%2&apos;</translation>
    </message>
    <message>
        <source>two targets share the key &apos;%1&apos; (labels must differ)</source>
        <translation>dua target memakai kunci &apos;%1&apos; yang sama (label harus berbeda)</translation>
    </message>
    <message>
        <source>target &apos;%1&apos;: &apos;%2&apos; is not an http:// URL with a host</source>
        <translation>target &apos;%1&apos;: &apos;%2&apos; bukan URL http:// dengan host</translation>
    </message>
    <message>
        <source>target &apos;%1&apos;: https needs the qnam engine (--engine qnam)</source>
        <translation>target &apos;%1&apos;: https memerlukan engine qnam (--engine qnam)</translation>
    </message>
</context>
</TS>
