#include "chunkeddecoder.h"
#include "httpsyntax.h"

using HttpSyntax::hexValue;
using HttpSyntax::isFieldValueChar;
using HttpSyntax::isTchar;

void ChunkedDecoder::reset()
{
    *this = ChunkedDecoder(m_rules);
}

const char *ChunkedDecoder::errorName(Error error)
{
    switch (error) {
    case Error::None:
        return "none";
    case Error::BadSyntax:
        return "bad chunked encoding";
    case Error::BodyTooLarge:
        return "chunked body too large";
    case Error::TrailerTooLarge:
        return "trailer too large";
    }
    return "?";
}

qsizetype ChunkedDecoder::fail(Error error, qsizetype used)
{
    m_state = State::Error;
    m_error = error;
    return used;
}

// The size line ended: the chunk's data follows, or the trailer section.
bool ChunkedDecoder::endSizeLine()
{
    m_lineLength = 0;
    m_digits = 0;
    if (m_chunkSize == 0) {
        m_phase = Phase::Trailer;
        m_trailerCr = false;
        m_trailerInValue = false;
        return true;
    }
    m_payload += m_chunkSize;
    if (m_rules.maxBody >= 0 && m_payload > m_rules.maxBody) {
        m_state = State::Error;
        m_error = Error::BodyTooLarge;
        return false;
    }
    m_phase = Phase::Data;
    return true;
}

qsizetype ChunkedDecoder::feed(const char *data, qsizetype size, QByteArray *payload)
{
    const bool strict = m_rules.strict;
    qsizetype i = 0;
    while (m_state == State::Incomplete) {
        if (m_phase == Phase::Data) {
            const qsizetype take = qsizetype(qMin<qint64>(m_chunkSize, size - i));
            if (payload)
                payload->append(data + i, take);
            i += take;
            m_chunkSize -= take;
            if (m_chunkSize > 0)
                return i;
            m_phase = Phase::DataCr;
            continue;
        }
        if (i >= size)
            return i;
        const char c = data[i++];
        switch (m_phase) {
        case Phase::Size: {
            const int digit = hexValue(c);
            if (digit >= 0) {
                if (++m_digits > m_rules.maxSizeDigits)
                    return fail(Error::BadSyntax, i);
                m_chunkSize = m_chunkSize * 16 + digit;
                if (m_rules.maxChunkSize >= 0 && m_chunkSize > m_rules.maxChunkSize)
                    return fail(Error::BadSyntax, i);
            } else if (m_digits > 0 && (c == ';' || (!strict && (c == ' ' || c == '\t')))) {
                m_phase = Phase::Extension;
            } else if (m_digits > 0 && c == '\r') {
                m_phase = Phase::SizeLf;
            } else if (m_digits > 0 && c == '\n' && !strict) {
                if (!endSizeLine())
                    return i;
            } else {
                return fail(Error::BadSyntax, i);
            }
            break;
        }
        case Phase::Extension:
            if (++m_lineLength > m_rules.maxExtension && m_rules.maxExtension >= 0)
                return fail(Error::BadSyntax, i);
            if (strict) {
                if (c == '\r')
                    m_phase = Phase::SizeLf;
                else if (!isFieldValueChar(static_cast<unsigned char>(c)))
                    return fail(Error::BadSyntax, i);
            } else if (c == '\n' && !endSizeLine()) {
                return i;
            }
            break;
        case Phase::SizeLf:
            if (c != '\n')
                return fail(Error::BadSyntax, i);
            if (!endSizeLine())
                return i;
            break;
        case Phase::Data:
            break; // handled above
        case Phase::DataCr:
            if (c == '\r') {
                m_phase = Phase::DataLf;
            } else if (c == '\n' && !strict) {
                m_phase = Phase::Size;
                m_digits = 0;
            } else {
                return fail(Error::BadSyntax, i);
            }
            break;
        case Phase::DataLf:
            if (c != '\n')
                return fail(Error::BadSyntax, i);
            m_phase = Phase::Size;
            m_digits = 0;
            break;
        case Phase::Trailer: {
            if (!strict) {
                // Only "empty or not" matters; CRs are let through.
                if (c == '\n') {
                    if (m_lineLength == 0)
                        m_state = State::Done;
                    m_lineLength = 0;
                } else if (c != '\r') {
                    m_lineLength = 1; // a count could overflow
                }
                break;
            }
            // Trailer fields obey the header fields' rules (name token, colon,
            // no obs-fold, no controls in the value) though they are discarded:
            // a peer must not get past us what another parser reads otherwise.
            if (m_trailerCr) {
                if (c != '\n')
                    return fail(Error::BadSyntax, i); // bare CR
                if (m_lineLength > 0 && !m_trailerInValue)
                    return fail(Error::BadSyntax, i); // no colon
                m_trailerCr = false;
                m_trailerInValue = false;
                if (m_lineLength == 0)
                    m_state = State::Done;
                m_lineLength = 0;
                break;
            }
            if (c == '\r') {
                m_trailerCr = true;
                break;
            }
            const auto u = static_cast<unsigned char>(c);
            if (m_trailerInValue ? !isFieldValueChar(u)
                                 : !(isTchar(u) || (c == ':' && m_lineLength > 0)))
                return fail(Error::BadSyntax, i);
            if (c == ':')
                m_trailerInValue = true;
            ++m_lineLength;
            ++m_trailerBytes;
            if ((m_rules.maxTrailerLine >= 0 && m_lineLength > m_rules.maxTrailerLine)
                || (m_rules.maxTrailerBytes >= 0 && m_trailerBytes > m_rules.maxTrailerBytes))
                return fail(Error::TrailerTooLarge, i);
            break;
        }
        }
    }
    return i;
}
