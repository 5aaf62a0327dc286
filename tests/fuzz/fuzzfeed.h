#pragma once

// What both fuzz targets share: how an input is cut into the pieces a socket
// might deliver, and how a broken invariant stops the fuzzer.

#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace FuzzFeed {

// A failed oracle is a finding like a crash: abort() so libFuzzer keeps the input.
[[noreturn]] inline void fault(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    std::fputs("ORACLE FAILURE: ", stderr);
    std::vfprintf(stderr, format, args);
    std::fputc('\n', stderr);
    va_end(args);
    std::abort();
}

// Cuts an input into pieces. The cut points come from a hash of the input, so
// every mutation moves them and the fuzzer explores splits along with bytes,
// while a saved crash input replays exactly.
class Splitter
{
public:
    enum class Mode { Whole, ByteByByte, Pieces };

    Splitter(Mode mode, const uint8_t *data, size_t size) : m_mode(mode)
    {
        m_state = 1469598103934665603ULL;
        for (size_t i = 0; i < size; ++i)
            m_state = (m_state ^ data[i]) * 1099511628211ULL;
        m_state |= 1;
    }

    size_t next(size_t remaining)
    {
        switch (m_mode) {
        case Mode::Whole:
            return remaining;
        case Mode::ByteByByte:
            return 1;
        case Mode::Pieces:
            break;
        }
        // Mostly small pieces, sometimes a large one, so both a cut inside a
        // token and a cut after several requests happen.
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        const size_t cap = (m_state & 7) == 0 ? 4096 : 24;
        const size_t take = 1 + size_t(m_state >> 32) % cap;
        return take < remaining ? take : remaining;
    }

private:
    Mode m_mode;
    uint64_t m_state = 0;
};

} // namespace FuzzFeed
