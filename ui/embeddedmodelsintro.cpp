#include "embeddedmodelsintro.h"

QString EmbeddedModelsIntro::html()
{
    return tr("<p>The four embedded servers differ only in their concurrency model:</p><ul>"
              "<li><b>Event-driven</b>: one QTcpServer event loop serves every connection.</li>"
              "<li><b>Thread per connection</b>: one QThread per connection.</li>"
              "<li><b>Thread pool</b>: a fixed set of worker threads, each serving one "
              "connection at a time; past the pool, clients wait for a free worker.</li>"
              "<li><b>Loop per core</b>: one event loop per core, each with its own listening "
              "socket on the same port (SO_REUSEPORT).</li></ul>");
}
