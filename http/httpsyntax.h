#pragma once

// Small character rules of HTTP/1.1 (RFC 9110/9112) that the request parser,
// the document root's percent-decoding and the client's response parser share.

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

} // namespace HttpSyntax
