#pragma once

// Small character rules of HTTP/1.1 (RFC 9110/9112) that the request parser,
// the chunked decoder, the document root's percent-decoding and the client's
// response parser share.

namespace HttpSyntax {

// The value of a hex digit, or -1.
constexpr int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// RFC 9110 tchar: the characters of a token (method, field name).
constexpr bool isTchar(unsigned char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

// field-vchar, SP or HTAB; obs-text (0x80-0xFF) is let through as opaque bytes.
constexpr bool isFieldValueChar(unsigned char c)
{
    return c == '\t' || (c >= 0x20 && c != 0x7f);
}

} // namespace HttpSyntax
