#pragma once

// FileLimit: the process's open-file limit (RLIMIT_NOFILE). Many connections
// mean many descriptors, so every command that opens many (the engines, the
// serve and sweep commands) raises the soft limit to the hard one first.
// Any thread; it changes the whole process.

#include <QtGlobal>

namespace FileLimit {

// Raises the soft limit to the hard one; returns the soft limit now in force,
// or -1 when it cannot be read.
qint64 raise();
// The soft limit now in force, or -1 when it cannot be read.
qint64 current();

} // namespace FileLimit
